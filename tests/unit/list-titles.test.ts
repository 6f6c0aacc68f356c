import { describe, expect, it } from "vitest";
import { pagedTitle } from "@/lib/pagination/page";

/**
 * Every page of a paged list is its own address (?sida=2): its document title says which page,
 * so that tabs, history, bookmarks and a screen reader's announcement tell them apart.
 */
const lists = [
  ["/loften", () => import("@/app/[locale]/(app)/loften/page"), "Medborgarlöften"],
  ["/avtal", () => import("@/app/[locale]/(app)/avtal/page"), "Samverkansavtal"],
  ["/dialoger", () => import("@/app/[locale]/(app)/dialoger/page"), "Medborgardialoger"],
  ["/forum", () => import("@/app/[locale]/(app)/forum/page"), "Forum"],
  ["/lagesbild", () => import("@/app/[locale]/(app)/lagesbild/page"), "Lägesbilder"],
  ["/konto", () => import("@/app/[locale]/(app)/konto/page"), "Mitt konto"],
  ["/admin/anvandare", () => import("@/app/[locale]/(app)/admin/anvandare/page"), "Användare"],
  ["/admin/kommuner", () => import("@/app/[locale]/(app)/admin/kommuner/page"), "Kommuner"],
  ["/admin/organisationer", () => import("@/app/[locale]/(app)/admin/organisationer/page"), "Organisationer"],
  ["/admin/polisomraden", () => import("@/app/[locale]/(app)/admin/polisomraden/page"), "Lokalpolisområden"],
  ["/admin/logg", () => import("@/app/[locale]/(app)/admin/logg/page"), "Granskningslogg"],
] as const;

type Metadata = (props: { searchParams: Promise<Record<string, string>> }) => Promise<{ title?: unknown }>;
const titleOf = async (load: (typeof lists)[number][1], query: Record<string, string>) =>
  (await ((await load()).generateMetadata as unknown as Metadata)({ searchParams: Promise.resolve(query) })).title;

describe("the document title of a paged list", () => {
  it.each(lists)("%s names the page after the first, through the catalogue", async (_, load, title) => {
    expect(await titleOf(load, {})).toBe(title);
    expect(await titleOf(load, { sida: "1" })).toBe(title);
    expect(await titleOf(load, { sida: "2" })).toBe(`${title} – sida 2`);
    expect(await titleOf(load, { sida: "12", q: "x" })).toBe(`${title} – sida 12`);
    // A malformed number is page 1, as the list reads it.
    expect(await titleOf(load, { sida: "0x2" })).toBe(title);
  });

  it("is written in the page's language", () => {
    expect(pagedTitle("en", "Citizen promises", "3")).toBe("Citizen promises – page 3");
  });
});
