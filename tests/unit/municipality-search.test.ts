import { describe, expect, it } from "vitest";
import { COUNTIES, COUNTY_CODES } from "@/lib/municipalities/counties";
import { matchMunicipalities } from "@/lib/public/municipality-search";

const entry = (name: string, code: string) => ({ slug: name.toLowerCase(), name, code, promiseCount: 0 });
const all = [entry("Enköpings kommun", "0381"), entry("Håbo kommun", "0305"), entry("Åre kommun", "2321"), entry("Ale kommun", "1440")];

describe("finding a municipality on the start page's search", () => {
  it("finds a name typed with or without its Swedish letters, in any case", () => {
    expect(matchMunicipalities(all, "enkoping", undefined).map((m) => m.name)).toEqual(["Enköpings kommun"]);
    expect(matchMunicipalities(all, "HÅBO", undefined).map((m) => m.name)).toEqual(["Håbo kommun"]);
    expect(matchMunicipalities(all, "are", undefined).map((m) => m.name)).toEqual(["Åre kommun"]);
    expect(matchMunicipalities(all, "", "03").map((m) => m.name)).toEqual(["Enköpings kommun", "Håbo kommun"]);
  });

  it("lists the counties alphabetically, Blekinge first and Östergötland last", () => {
    const names = COUNTY_CODES.map((code) => COUNTIES[code]);
    expect(names).toHaveLength(21);
    expect(names[0]).toBe("Blekinge län");
    expect(names.slice(-2)).toEqual(["Örebro län", "Östergötlands län"]);
    expect(names.indexOf("Stockholms län")).toBeGreaterThan(names.indexOf("Skåne län"));
  });
});
