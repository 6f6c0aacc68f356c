import { compareSwedish } from "@/lib/format/intl";

/**
 * Sweden's 21 counties (län) by SCB code: the first two digits of a municipality's four-digit
 * code (0381 Enköping → 03 Uppsala län). Names are proper nouns, the same in every language.
 */
export const COUNTIES: Readonly<Record<string, string>> = {
  "01": "Stockholms län",
  "03": "Uppsala län",
  "04": "Södermanlands län",
  "05": "Östergötlands län",
  "06": "Jönköpings län",
  "07": "Kronobergs län",
  "08": "Kalmar län",
  "09": "Gotlands län",
  "10": "Blekinge län",
  "12": "Skåne län",
  "13": "Hallands län",
  "14": "Västra Götalands län",
  "17": "Värmlands län",
  "18": "Örebro län",
  "19": "Västmanlands län",
  "20": "Dalarnas län",
  "21": "Gävleborgs län",
  "22": "Västernorrlands län",
  "23": "Jämtlands län",
  "24": "Västerbottens län",
  "25": "Norrbottens län",
};

/**
 * The county codes in the alphabetical order of their names (Blekinge … Östergötland), as the
 * start page and its search list them. Iterating COUNTIES itself would not do: JavaScript puts
 * keys that look like integers ("10", "12") before the others ("01", "03").
 */
export const COUNTY_CODES: readonly string[] = Object.keys(COUNTIES).sort((a, b) => compareSwedish(COUNTIES[a]!, COUNTIES[b]!));

/** The county code of a municipality code, or null when it names no county. */
export function countyOf(municipalityCode: string | null | undefined): string | null {
  const county = municipalityCode?.slice(0, 2);
  return county && county in COUNTIES ? county : null;
}
