import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FollowUpForm, type FollowUpValues } from "@/components/promises/follow-up-form";

const noAction = async () => ({ ok: true as const, data: undefined });

function render(values?: FollowUpValues, locale: "sv" | "en" = "sv") {
  return renderToStaticMarkup(
    <AppRouterContext.Provider value={{} as AppRouterInstance}>
      <NextIntlClientProvider locale={locale} messages={{}}>
        <FollowUpForm action={noAction} activity={{ id: "a", targetUnit: "kurser" }} span={{ periodStart: new Date("2024-01-01"), periodEnd: new Date("2027-12-31") }} submitLabel="Spara" values={values} />
      </NextIntlClientProvider>
    </AppRouterContext.Provider>,
  );
}

const text = (markup: string) => markup.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
/** What a screen reader announces for a field: its label, and the text its aria-describedby points at. */
function field(html: string, name: string) {
  const id = `follow-up-form-${name}`;
  const label = text(html.match(new RegExp(`<label for="${id}"[^>]*>(.*?)</label>`))![1]!);
  const control = html.match(new RegExp(`<(?:input|select)\\b[^>]*\\bid="${id}"[^>]*>`))![0];
  const describedBy = control.match(/aria-describedby="([^"]+)"/)?.[1];
  const description = describedBy ? text(html.match(new RegExp(`<p id="${describedBy}"[^>]*>(.*?)</p>`))![1]!) : null;
  return { label, description };
}

describe("the follow-up form's wording", () => {
  it("names the count in a short label and explains it in the field's description", () => {
    const achieved = field(render(), "achieved");
    expect(achieved.label).toBe("Antal kurser under perioden (frivilligt)");
    expect(achieved.description).toMatch(/^Räknas mot aktivitetens mål\. Ange antalet för hela perioden\./);
    expect(field(render(undefined, "en"), "achieved").label).toBe("Number of kurser in the period (optional)");
  });

  it("takes the count as typed, with a numeric keyboard: a number field would send '1 200' as empty and save nothing", () => {
    const control = render().match(/<input\b[^>]*\bid="follow-up-form-achieved"[^>]*>/)![0];
    expect(control).toContain('type="text"');
    expect(control).toContain('inputMode="numeric"');
  });

  it("leaves the notice that saving needs JavaScript to the page, which says it once, not in every form", () => {
    expect(render()).not.toContain("<noscript>");
  });

  it("asks for the period by its name and year, the delår explained beside it, with no date to guess from", () => {
    const html = render();
    const period = field(html, "period");
    expect(period.label).toBe("Period");
    expect(period.description).toContain("Delåret är januari–augusti");
    expect(html).toContain('<option value="INTERIM">Delår: januari–augusti</option>');
    expect(html).toContain('<option value="T3">Tertial 3: september–december</option>');
    expect(field(html, "periodYear").label).toBe("År");
    expect(html).not.toContain('type="date"');
  });

  it("shows a follow-up being changed with the period and year it was recorded for", () => {
    const html = render({ periodType: "INTERIM", periodStart: new Date("2025-01-01") });
    expect(html).toContain('<option value="INTERIM" selected="">');
    expect(html).toContain('<option value="2025" selected="">');
  });
});
