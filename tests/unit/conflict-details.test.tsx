import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConflictDetails } from "@/components/forms/action-form";
import type { ConflictChange } from "@/lib/actions/result";

const change = (field: string): ConflictChange => ({ field, from: "förut", to: "nu", by: "Pia Polis", at: "2026-05-04T10:00:00.000Z" });
const render = (during: "edit" | "approval", changes: ConflictChange[], locale: "sv" | "en" = "sv") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={{}}>
      <ConflictDetails conflict={{ during, entityType: "CitizenPromise", changes }} labels={{}} />
    </NextIntlClientProvider>,
  );

describe("a refused approval of a record that changed after the page was opened", () => {
  it("asks for the new version to be read before approving, with no empty list when the change lies outside the record (a linked dialogue)", () => {
    const html = render("approval", []);
    expect(html).toContain("läs igenom den nya versionen innan du godkänner");
    expect(html).not.toContain("<ul");
    expect(html).not.toContain("Dina ändringar");
  });

  it("names the changed fields as the history does, not by the code's identifiers", () => {
    const html = render("approval", [change("title"), change("criterionSafety"), change("title")]);
    expect(html).toContain("Ändrat sedan du öppnade sidan: Titel, Hur löftet ökar tryggheten.");
    expect(html).not.toContain("criterionSafety");
    expect(render("approval", [change("title")], "en")).toContain("read the new version before you approve it");
  });
});

describe("a refused edit", () => {
  it("lists what changed when it is known, and shows no empty list when it is not", () => {
    expect(render("edit", [change("title")])).toContain("Det här har ändrats sedan du öppnade sidan:");
    const unknown = render("edit", []);
    expect(unknown).not.toContain("<ul");
    expect(unknown).toContain("Dina ändringar är inte sparade.");
  });

  it("names fields the form does not show as the history does, and fixed values in words (a meeting's guests and status)", () => {
    const meeting = (changes: ConflictChange[]) =>
      renderToStaticMarkup(
        <NextIntlClientProvider locale="sv" messages={{}}>
          <ConflictDetails conflict={{ during: "edit", entityType: "Meeting", changes }} labels={{ location: "Plats" }} />
        </NextIntlClientProvider>,
      ).replace(/<!-- -->/g, "");
    const html = meeting([
      { ...change("guests"), from: [], to: ["Enköpings Hyresbostäder (2)"] },
      { ...change("status"), from: "PLANNED", to: "HELD" },
    ]);
    expect(html).not.toMatch(/>guests<|>status<|PLANNED|HELD/);
    expect(html).toMatch(/>Gäster[^<]*<\/span>: \(tomt\) → <strong>Enköpings Hyresbostäder \(2\)<\/strong>/);
    expect(html).toMatch(/Planerat → <strong>Genomfört<\/strong>/);
    // A meeting's time in Swedish time, not as stored.
    const moved = meeting([{ ...change("startsAt"), from: "2026-12-10T17:00:00.000Z", to: "2026-11-26T17:00:00.000Z" }]);
    expect(moved).toContain("10 december 2026 kl. 18.00 → <strong>26 november 2026 kl. 18.00</strong>");
  });

  it("says when someone else changed it in Swedish time, as the history does, in the page's language", () => {
    // 10.00 UTC is 12.00 in Sweden in May, whatever zone the browser is in.
    expect(render("edit", [change("title")]).replace(/<!-- -->/g, "")).toContain("Pia Polis, 4 maj 2026 kl. 12.00");
    expect(render("edit", [change("title")], "en").replace(/<!-- -->/g, "")).toContain("Pia Polis, 4 May 2026, 12:00");
  });

  it("names a follow-up's changed period as a period, not as its stored form", () => {
    const period: ConflictChange = { field: "period", from: { type: "TERTIAL", start: "2021-05-01T00:00:00.000Z" }, to: { type: "MONTH", start: "2021-05-01T00:00:00.000Z" }, by: "Pia Polis", at: "2026-05-04T10:00:00.000Z" };
    const html = render("edit", [period]).replace(/<!-- -->/g, "");
    expect(html).toContain("maj–augusti 2021 → <strong>maj 2021</strong>");
    expect(html).not.toContain("[object Object]");
  });
});
