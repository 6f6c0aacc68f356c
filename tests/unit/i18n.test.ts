import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { sv } from "@/lib/i18n/sv";
import { format, messages, translate } from "@/lib/i18n";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogue", () => {
  it("has an English text for every Swedish one, and no empty texts", () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    for (const key of keys(sv)) expect(translate("sv", key), key).not.toBe("");
  });

  it("speaks Swedish unless asked otherwise", () => {
    expect(messages().signIn.title).toBe("Logga in");
    expect(messages("en").signIn.title).toBe("Sign in");
    expect(messages("fi").signIn.title).toBe("Logga in");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Välkommen, {name}", { name: "Karin" })).toBe("Välkommen, Karin");
    expect(format("{a} och {b}", { a: 1 })).toBe("1 och {b}");
  });
});
