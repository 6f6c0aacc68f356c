import busboy from "busboy";
import type { GuardVerdict } from "@/lib/http/request-guard";

/**
 * A POST whose multipart body does not parse whole is refused with 400 before routing: no
 * boundary, a malformed part header, no closing boundary, a body cut short. Next parses the
 * body only after the proxy, and its parser's error then ends as a 500.
 *
 * Next reads a server action called by script (Next-Action header) with busboy, and a form
 * posted without script with the platform's Request.formData(). The two refuse different
 * things: busboy a part header over 16 KB, formData() a preamble, a part without a name or a
 * folded header line. So the body must parse in both, as every browser's FormData does.
 * Both are the parsers Next itself uses, so no framing rule of our own decides.
 * A server action call's form is then read once more, as parsed, for its argument list.
 */
export async function checkMultipartBody(request: Request): Promise<GuardVerdict> {
  const contentType = request.headers.get("content-type") ?? "";
  // Next's own test is this prefix in lowercase; in any case here, as undici's formData()
  // reads an uppercase type too. Other bodies are no business of ours.
  if (request.method !== "POST" || !/^multipart\/form-data/i.test(contentType)) return null;
  // From a clone, so the action or page still reads the body. checkRequest has already
  // refused a body over MAX_BODY_BYTES or of unknown length: this holds at most that much.
  const body = await request.clone().arrayBuffer();
  const form = (await busboyReadsWhole(contentType, body)) ? await platformRead(contentType, body) : null;
  if (!form) return { status: 400, reason: "malformedForm" };
  if (request.headers.get("next-action") && !isActionCall(form)) return { status: 400, reason: "actionArguments" };
  return null;
}

/**
 * Whether a server action call's form is what the portal's forms send. Every action takes one
 * form (ActionForm), which React's encodeReply sends as part "0", the argument list, holding
 * a reference to the form ("$K1") and the form's fields as further parts. React's decodeReply
 * reads part "0" as the root: missing, it waits for it until the body ends ("Connection
 * closed"); not JSON, a SyntaxError; not an array, Next's action.apply() throws. Any other
 * reference in the list (a Map "$Q1", a Set "$W1", a Blob "$B1", an outlined value "$1", a
 * symbol "$S" …) points at parts React decodes by rules of its own, and one that is missing or
 * malformed throws ("Invalid forward reference"). All end as a 500. So the list may hold forms,
 * undefined (useActionState's first state) and plain values, and nothing React would look up.
 */
function isActionCall(form: FormData): boolean {
  const root = form.get("0");
  if (typeof root !== "string") return false;
  try {
    const list: unknown = JSON.parse(root);
    return Array.isArray(list) && list.every(isPlainArgument);
  } catch {
    return false;
  }
}

/** A form reference ("$K" and its part's id in hex), undefined, or a value with nothing to look up. */
function isPlainArgument(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || value === "$undefined" || /^\$K[0-9a-f]{1,8}$/.test(value);
  return value === null || typeof value === "number" || typeof value === "boolean";
}

function busboyReadsWhole(contentType: string, body: ArrayBuffer): Promise<boolean> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      // The charset Next's action handler gives busboy; its limits only truncate, never fail.
      parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8" });
    } catch {
      // No boundary, an empty one, or a type busboy does not read.
      resolve(false);
      return;
    }
    // Parsing waits until a file part is drained; when the body is cut short inside it, its
    // stream fails too, and that error unheard would bring the server down.
    parser.on("file", (_name, file) => file.on("error", () => {}).resume());
    // 'error' comes before 'close' on a failure, and the first answer is the one kept.
    parser.on("error", () => resolve(false));
    parser.on("close", () => resolve(true));
    parser.end(Buffer.from(body));
  });
}

/** The form as the platform's Request.formData() reads it, or null when it does not parse. */
async function platformRead(contentType: string, body: ArrayBuffer): Promise<FormData | null> {
  try {
    return await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null;
  }
}
