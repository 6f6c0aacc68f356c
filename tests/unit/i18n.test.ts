import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import en from "../../messages/en.json";
import sv from "../../messages/sv.json";
import { format, messages, toLocale, translate } from "@/lib/i18n";
import { inReadersLocale, isPageAddress, localePath, splitLocale } from "@/lib/i18n/locale-path";
import { formatDate, formatDateTime, formatPeriod } from "@/lib/format/dates";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** The arguments a message takes, read from its parsed form: text inside a plural's cases is not an argument. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (typeof node.value === "string" && ("options" in node || (node as { type?: number }).type !== 0)) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(text, "sv").getAst());
  return [...names].sort();
}

describe("message catalogue", () => {
  it("has an English text for every Swedish one, with the same placeholders, and no empty texts", () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
    for (const key of keys(sv)) {
      expect(translate("sv", key), key).not.toBe("");
      expect(placeholders(translate("en", key)), key).toEqual(placeholders(translate("sv", key)));
    }
  });

  it("names every action of the audit log differently, in each language (the log's 'what' column and its filter)", () => {
    for (const locale of ["sv", "en"] as const) {
      const labels = Object.entries(messages(locale).history.action as Record<string, string>);
      const shared = labels.filter(([, label]) => labels.filter(([, other]) => other === label).length > 1);
      expect(shared, locale).toEqual([]);
    }
  });

  it("reads an unknown language as Swedish", () => {
    expect(messages(toLocale("fi")).signIn.title).toBe("Logga in");
    expect(messages("en").signIn.title).toBe("Sign in");
    expect(translate("sv", "__proto__.constructor")).toBe("__proto__.constructor");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("sv", "Välkommen, {name}", { name: "Karin" })).toBe("Välkommen, Karin");
    expect(format("sv", "{a} och {b}", { a: 1 })).toBe("1 och {b}");
  });

  it("says one promise in the singular and counts in each language's way", () => {
    const result = (locale: "sv" | "en", count: number) => format(locale, messages(locale).promise.filter.result, { count });
    expect(result("sv", 1)).toBe("1 medborgarlöfte visas.");
    expect(result("sv", 3)).toBe("3 medborgarlöften visas.");
    expect(result("sv", 0)).toBe("0 medborgarlöften visas.");
    expect(result("en", 1)).toBe("1 citizen promise shown.");
    expect(result("en", 1234)).toBe("1,234 citizen promises shown.");
    expect(result("sv", 1234)).toBe("1\u00a0234 medborgarlöften visas.");
    expect(format("sv", messages("sv").dashboard.daysAgo, { days: 1 })).toBe("1 dag sedan");
    // Reported today is "i dag", not "0 dagar sedan".
    expect(format("sv", messages("sv").dashboard.daysAgo, { days: 0 })).toBe("i dag");
    expect(format("en", messages("en").dashboard.lastFollowUpAge, { date: "1 May 2026", days: 0 })).toBe("The latest follow-up was reported on 1 May 2026 (today).");
    expect(format("sv", messages("sv").dashboard.lastFollowUpAge, { date: "1 maj 2026", days: 3 })).toBe("Senaste uppföljningen rapporterades 1 maj 2026 (3 dagar sedan).");
  });

  it("writes dates in each language's way", () => {
    expect(formatDate(new Date("2027-05-07T00:00:00Z"), "sv")).toBe("7 maj 2027");
    expect(formatDate(new Date("2027-05-07T00:00:00Z"), "en")).toBe("7 May 2027");
    expect(formatPeriod("2027-01-01", "2027-12-31", "en")).toBe("January 2027–December 2027");
    expect(formatDateTime(new Date("2027-05-07T14:30:00Z"), "en")).toBe("7 May 2027, 16:30");
  });
});

describe("addresses per language", () => {
  it("gives Swedish pages no prefix and English ones /en", () => {
    expect(localePath("en", "/loften/1")).toBe("/en/loften/1");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("sv", "/en/loften/1")).toBe("/loften/1");
    expect(localePath("sv", "/en")).toBe("/");
    expect(localePath("en", "/en/malmo")).toBe("/en/malmo");
    expect(splitLocale("/en/malmo")).toEqual({ locale: "en", rest: "/malmo" });
    expect(splitLocale("/enkoping")).toEqual({ locale: null, rest: "/enkoping" });
  });

  it("keeps a redirect that names its language and sends any other to the reader's", () => {
    expect(inReadersLocale("en", "/sv/konto")).toBe("/sv/konto");
    expect(inReadersLocale("en", "/loften/1?notice=saved")).toBe("/en/loften/1?notice=saved");
    expect(inReadersLocale("sv", "/loften/1")).toBe("/loften/1");
  });

  it("leaves the API and root files alone", () => {
    expect(isPageAddress("/api/public/v1/promises.csv")).toBe(false);
    expect(isPageAddress("/robots.txt")).toBe(false);
    expect(isPageAddress("/enkoping/medborgarloften/x")).toBe(true);
  });
});
