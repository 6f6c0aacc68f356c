import { describe, expect, it } from "vitest";
import { checkMultipartBody } from "@/lib/http/multipart-body-check";
import { refusalText } from "@/lib/http/request-guard";

const URL_OF_FORM = "http://127.0.0.1:3100/loften/nytt";

function post(contentType: string, body: string | Uint8Array<ArrayBuffer>) {
  return new Request(URL_OF_FORM, { method: "POST", headers: { "Content-Type": contentType }, body });
}

const multipart = (body: string) => post("multipart/form-data; boundary=XX", body);
const multipartAction = (body: string) =>
  new Request(URL_OF_FORM, { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=B", "Next-Action": "7fbe9f" }, body });
const PART = '--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\nhello';

/** The body and Content-Type a browser's (and React's) FormData is sent with: one encoding, as each has its own boundary. */
async function asSent(form: FormData) {
  const encoded = new Response(form);
  return post(encoded.headers.get("content-type")!, new Uint8Array(await encoded.arrayBuffer()));
}

describe("checkMultipartBody", () => {
  it("lets a FormData body through, file parts and Swedish letters included, and leaves it for the action to read", async () => {
    const form = new FormData();
    form.append("$ACTION_ID_7fbe9f", "");
    form.append("title", "Trygg på torget");
    form.append("bilaga", new File(["rad 1\r\n--XX\r\nrad 2"], "bilaga.txt", { type: "text/plain" }));
    const request = await asSent(form);

    expect(await checkMultipartBody(request)).toBeNull();
    const read = await request.formData();
    expect(read.get("title")).toBe("Trygg på torget");
    expect(await (read.get("bilaga") as File).text()).toBe("rad 1\r\n--XX\r\nrad 2");
  });

  it("lets an empty form through", async () => {
    expect(await checkMultipartBody(await asSent(new FormData()))).toBeNull();
  });

  it("answers 400 to a body without its closing boundary (Next: 'Unexpected end of form')", async () => {
    expect(await checkMultipartBody(multipart(PART))).toEqual({ status: 400, reason: "malformedForm" });
    expect((await checkMultipartBody(multipart(`${PART}\r\n--XX`)))?.status).toBe(400);
  });

  it("answers 400 to a malformed part header (Next: 'Malformed part header')", async () => {
    expect((await checkMultipartBody(multipart("--XX\r\nGarbage\r\n\r\nhello\r\n--XX--\r\n")))?.status).toBe(400);
    expect((await checkMultipartBody(multipart("--XX\r\n\r\nhello\r\n--XX--\r\n")))?.status).toBe(400);
  });

  it("answers 400 to a body cut short, also inside a file part, and to an empty body", async () => {
    const form = new FormData();
    form.append("title", "Trygg på torget");
    form.append("bilaga", new File(["x".repeat(5000)], "bilaga.txt"));
    const whole = await asSent(form);
    const contentType = whole.headers.get("content-type")!;
    const bytes = new Uint8Array(await whole.arrayBuffer());
    for (const end of [bytes.length - 1, bytes.length - 200, 120, 10]) {
      expect((await checkMultipartBody(post(contentType, bytes.slice(0, end))))?.status, `cut at ${end}`).toBe(400);
    }
    expect((await checkMultipartBody(multipart('--XX\r\nContent-Disposition: form-data; name="a"\r\nContent-Disp')))?.status).toBe(400);
    expect((await checkMultipartBody(multipart("")))?.status).toBe(400);
  });

  it("answers 400 when the Content-Type has no boundary, or an empty one", async () => {
    const body = `${PART}\r\n--XX--\r\n`;
    for (const contentType of ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data;charset=utf-8"]) {
      expect((await checkMultipartBody(post(contentType, body)))?.status, contentType).toBe(400);
    }
  });

  it("answers 400 to a body only one of Next's two parsers reads", async () => {
    // A part header over 16 KB: the platform's formData() reads it, busboy (script-sent actions) does not.
    expect((await checkMultipartBody(multipart(`--XX\r\nContent-Disposition: form-data; name="a"\r\nX-Pad: ${"p".repeat(20_000)}\r\n\r\nhello\r\n--XX--\r\n`)))?.status).toBe(400);
    // A preamble and a part without a name: busboy reads them, formData() (forms posted without script) does not.
    expect((await checkMultipartBody(multipart(`preamble\r\n${PART}\r\n--XX--\r\n`)))?.status).toBe(400);
    expect((await checkMultipartBody(multipart("--XX\r\nContent-Disposition: form-data\r\n\r\nhello\r\n--XX--\r\n")))?.status).toBe(400);
  });

  it("judges the type as Next does, by its start and in any case", async () => {
    expect((await checkMultipartBody(post("Multipart/Form-Data; boundary=XX", PART)))?.status).toBe(400);
    expect((await checkMultipartBody(post("multipart/form-dataX; boundary=XX", `${PART}\r\n--XX--\r\n`)))?.status).toBe(400);
  });

  it("does not read a body that is not a multipart POST", async () => {
    let read = false;
    const untouched = (contentType: string, method = "POST") =>
      new Request(URL_OF_FORM, {
        method,
        headers: { "Content-Type": contentType },
        body: new ReadableStream({ pull: () => void (read = true) }, { highWaterMark: 0 }),
        duplex: "half",
      } as RequestInit);
    expect(await checkMultipartBody(untouched("text/plain;charset=UTF-8"))).toBeNull();
    expect(await checkMultipartBody(untouched("application/x-www-form-urlencoded"))).toBeNull();
    expect(await checkMultipartBody(untouched("multipart/form-data; boundary=XX", "PUT"))).toBeNull();
    expect(await checkMultipartBody(new Request(URL_OF_FORM, { headers: { "Content-Type": "multipart/form-data; boundary=XX" } }))).toBeNull();
    expect(read).toBe(false);
  });

  describe("called as a server action (Next-Action header)", () => {
    async function action(form: FormData) {
      const sent = await asSent(form);
      const headers = new Headers(sent.headers);
      headers.set("Next-Action", "7fbe9f");
      return new Request(URL_OF_FORM, { method: "POST", headers, body: await sent.arrayBuffer() });
    }
    const withRoot = (root: string | null, ...extra: [string, string][]) => {
      const form = new FormData();
      if (root !== null) form.append("0", root);
      for (const [name, value] of extra) form.append(name, value);
      return form;
    };

    it("lets React's encoding of a form argument through: part 0 the argument list, the form's fields by reference", async () => {
      // As encodeReply sends useActionState's (previous state, form): ["$undefined", "$K1"] and the fields as "_1_…".
      const request = await action(withRoot('["$undefined","$K1"]', ["_1_title", "Trygg på torget"], ["_1_$ACTION_ID_7fbe9f", ""]));
      expect(await checkMultipartBody(request)).toBeNull();
      expect((await request.formData()).get("_1_title")).toBe("Trygg på torget");
      expect(await checkMultipartBody(await action(withRoot("[]")))).toBeNull();
    });

    it("answers 400 to a form without part 0, or whose part 0 is not a JSON array", async () => {
      const refused = { status: 400, reason: "actionArguments" };
      expect(await checkMultipartBody(await action(new FormData()))).toEqual(refused);
      expect(await checkMultipartBody(multipartAction("--B--"))).toEqual(refused);
      expect(await checkMultipartBody(await action(withRoot(null, ["x", "1"])))).toEqual(refused);
      for (const root of ["[oops", '"abc"', "{}", "", "null"]) expect(await checkMultipartBody(await action(withRoot(root))), root).toEqual(refused);
      const asFile = new FormData();
      asFile.append("0", new File(["[]"], "0.json"));
      expect(await checkMultipartBody(await action(asFile))).toEqual(refused);
    });

    it("answers 400 to an argument list that refers to anything but a form, which React would look up and fail on", async () => {
      const refused = { status: 400, reason: "actionArguments" };
      for (const root of ['["$Q1"]', '["$W1"]', '["$B1"]', '["$i1"]', '["$F1"]', '["$h1"]', '["$A1"]', '["$O1"]', '["$S"]', '["$1"]', '["$@1"]', '["$K"]', '["$Kzz"]', '[["$K1"]]', '[{"a":"$K1"}]', '["$$x"]']) {
        expect(await checkMultipartBody(await action(withRoot(root, ["1", "["]))), root).toEqual(refused);
      }
      for (const root of ['["$K1"]', '["$K1a"]', '["$undefined","$K2"]', '["text", 3, true, null]']) {
        expect(await checkMultipartBody(await action(withRoot(root))), root).toBeNull();
      }
    });

    it("leaves a form without part 0 to Next when posted without script (no Next-Action header)", async () => {
      expect(await checkMultipartBody(await asSent(withRoot(null, ["$ACTION_ID_7fbe9f", ""])))).toBeNull();
    });
  });

  it("says why in Swedish first, then in English", async () => {
    const verdict = (await checkMultipartBody(multipart(PART)))!;
    expect(refusalText(verdict.reason)).toBe("Formulärets innehåll är felaktigt eller ofullständigt. / The form's content is malformed or incomplete.");
  });
});
