/**
 * A municipality's slug is the first part of its public addresses (/enkoping/...), so it
 * may not be any of the portal's own first path segments, nor one it may soon need.
 * tests/unit/municipality-rules.test.ts checks that every folder under src/app is here.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  // The languages' prefixes: /en/... is the English site.
  "sv",
  "en",
  "admin",
  "api",
  "avtal",
  "arbetsgang",
  "atgardsplaner",
  "lagesbild",
  "dialoger",
  "forum",
  "konto",
  "logga-in",
  "logga-ut",
  "losenord",
  "loften",
  "oversikt",
  "tillganglighet",
  "integritet",
  "kontakt",
  "om",
  "hjalp",
  "sok",
  "sitemap.xml",
  "robots.txt",
  "favicon.svg",
  "_next",
]);

/** Lower-case letters a–z, digits and single hyphens between them: "enkoping", "upplands-vasby". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** SCB's municipality code: four digits, the county's two first ("0381" Enköping). */
export const SCB_CODE_PATTERN = /^\d{4}$/;

export const COMPLIANCE_LEVELS = ["FULL", "PARTIAL", "NONE"] as const;
