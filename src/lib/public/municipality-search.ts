import { countyOf } from "@/lib/municipalities/counties";
import type { MunicipalityIndexEntry } from "./promises";

/** Lower case without accents: "Enköping" is found by "enkoping" as well as by "enköping". */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("sv");

/** The municipalities whose name contains `q` (any case, with or without accents) and that lie in `county`, when given. */
export function matchMunicipalities(entries: MunicipalityIndexEntry[], q: string, county: string | undefined): MunicipalityIndexEntry[] {
  const needle = folded(q);
  return entries.filter((x) => (!needle || folded(x.name).includes(needle)) && (!county || countyOf(x.code) === county));
}
