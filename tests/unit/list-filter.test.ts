import { describe, expect, it } from "vitest";
import { filterParams, parseListFilter } from "@/lib/pagination/filter";

const id = "0b9f4a5e-3c1d-4e7a-9f2b-6d8c1a2e3f40";

describe("a list's filter read from its address", () => {
  it("reads ?kommun= as a municipality's id, or else as text in its name", () => {
    expect(parseListFilter({ kommun: id })).toEqual({ municipalityId: id });
    expect(parseListFilter({ kommun: "  Enköping " })).toEqual({ municipalityName: "Enköping" });
    expect(parseListFilter({ kommun: "   " })).toEqual({});
  });

  it("keeps typed text without control characters and at most 100 characters", () => {
    expect(parseListFilter({ q: "tryg\u0000g", kommun: "Hå\u0000bo\n" })).toEqual({ q: "trygg", municipalityName: "Håbo" });
    expect(parseListFilter({ kommun: "x".repeat(500) }).municipalityName).toHaveLength(100);
    expect(parseListFilter({ q: "\u0000\u0007" })).toEqual({});
  });

  it("writes the name back into the links to other pages", () => {
    expect(filterParams({ municipalityName: "Håbo", year: 2026 })).toMatchObject({ kommun: "Håbo", ar: "2026" });
    expect(filterParams({ municipalityId: id })).toMatchObject({ kommun: id });
  });
});
