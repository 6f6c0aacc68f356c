import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListFilterForm } from "@/components/ui/list-filter";
import type { MunicipalityFilterField } from "@/lib/municipalities/list-filter";

const render = (text: string, matches: { count: number; names: string[] } | undefined, locale: "sv" | "en" = "sv") => {
  const municipality: MunicipalityFilterField = { kind: "search", text, formChoices: [], filter: { municipalityName: text }, matches };
  return renderToStaticMarkup(<ListFilterForm action="/avtal" filter={{ municipalityName: text }} municipality={municipality} locale={locale} />);
};

describe("the municipality an administrator typed in a list's filter", () => {
  it("says, next to the field and read with it, that no municipality has that name", () => {
    const html = render("Ingenstans", { count: 0, names: [] });
    expect(html).toContain('aria-describedby="list-filter-kommun-hint list-filter-kommun-matches"');
    expect(html).toMatch(/<p id="list-filter-kommun-matches" role="status"[^>]*>Ingen kommun heter så\.<\/p>/);
  });

  it("names the municipalities the list shows, the first five and how many more", () => {
    expect(render("sala", { count: 2, names: ["Sala", "Salem"] })).toContain(">Visar 2 kommuner: Sala, Salem.</p>");
    const many = render("by", { count: 7, names: ["Alby", "Bjurby", "Dalby", "Ekby", "Faxby"] });
    expect(many).toContain(">Visar 7 kommuner: Alby, Bjurby, Dalby, Ekby, Faxby och 2 till.</p>");
    expect(render("by", { count: 1234, names: ["Alby", "Bjurby", "Dalby", "Ekby", "Faxby"] }, "en")).toContain(
      ">Showing 1,234 municipalities: Alby, Bjurby, Dalby, Ekby, Faxby and 1,229 more.</p>",
    );
  });

  it("says nothing more when the text named one municipality (the list is narrowed to it)", () => {
    const html = render("Enköping", undefined);
    expect(html).toContain('aria-describedby="list-filter-kommun-hint"');
    expect(html).not.toContain("kommun-matches");
  });
});
