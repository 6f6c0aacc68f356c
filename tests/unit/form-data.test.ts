import { describe, expect, it } from "vitest";
import { FORM_LIMITS, formDataToObject, MalformedFormError } from "@/lib/actions/form-data";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("formDataToObject", () => {
  it("nests dotted names into objects and lists, and collects repeated names", () => {
    const parsed = formDataToObject(
      form([
        ["title", "Trygg i centrum"],
        ["signatories.0.name", "Anna"],
        ["signatories.1.name", "Bo"],
        ["goalIds", "a"],
        ["goalIds", "b"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(parsed).toEqual({ title: "Trygg i centrum", signatories: [{ name: "Anna" }, { name: "Bo" }], goalIds: ["a", "b"] });
  });

  it("closes the gaps a removed row leaves in a list", () => {
    expect(formDataToObject(form([["items.0.t", "a"], ["items.5.t", "b"]]))).toEqual({ items: [{ t: "a" }, { t: "b" }] });
  });

  it("never writes into Object.prototype, whatever the field is called", () => {
    const parsed = formDataToObject(
      form([
        ["__proto__.polluted", "yes"],
        ["constructor.prototype.polluted", "yes"],
        ["__proto__", "x"],
        ["a.__proto__.polluted", "yes"],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // What is left is plain data the schemas will ignore or refuse, not a way in.
    expect(JSON.stringify(parsed)).not.toContain("__proto__");
  });

  it("refuses a huge index instead of building a billion-slot list", () => {
    expect(() => formDataToObject(form([["x.1000000000.y", "z"]]))).toThrow(MalformedFormError);
    expect(() => formDataToObject(form([[`x.${FORM_LIMITS.arrayIndex + 1}.y`, "z"]]))).toThrow(MalformedFormError);
  });

  it("refuses more fields than any form has, and nesting deeper than any form has", () => {
    const many = Array.from({ length: FORM_LIMITS.parts + 1 }, (_, i): [string, string] => [`f${i}`, "v"]);
    expect(() => formDataToObject(form(many))).toThrow(MalformedFormError);
    expect(() => formDataToObject(form([["a.b.c.d.e.f.g.h", "v"]]))).toThrow(MalformedFormError);
  });

  it("refuses NUL bytes and files", () => {
    expect(() => formDataToObject(form([["title", "a\0b"]]))).toThrow(MalformedFormError);
    const withFile = new FormData();
    withFile.append("doc", new Blob(["x"]), "x.txt");
    expect(() => formDataToObject(withFile)).toThrow(MalformedFormError);
  });
});
