import { format, messages, type Locale } from "@/lib/i18n";
import { PlainLink } from "@/components/ui/plain-link";
import { localePath } from "@/lib/i18n/locale-path";
import { COUNTIES, COUNTY_CODES, countyOf } from "@/lib/municipalities/counties";
import type { MunicipalityIndexEntry } from "@/lib/public/promises";
import { compareSwedish } from "@/lib/format/intl";

const OTHER = "";

/**
 * The search form of the start page and the search page (/sok): a plain GET form to the
 * search page, so it works without JavaScript and the address can be shared.
 */
export function MunicipalitySearchForm({ locale, q = "", county = "" }: { locale: Locale; q?: string; county?: string }) {
  const m = messages(locale).start;
  const field = "block rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <form method="get" action={localePath(locale, "/sok")} role="search" className="mt-4 rounded-lg border border-slate-200 p-4">
      <fieldset className="flex min-w-0 flex-wrap items-end gap-4">
        <legend className="mb-2 font-semibold">{m.filterLegend}</legend>
        <div className="min-w-0">
          <label htmlFor="start-q" className="block text-sm font-medium">{m.search}</label>
          <input id="start-q" name="q" type="search" defaultValue={q} maxLength={100} className={field} />
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor="start-lan" className="block text-sm font-medium">{m.county}</label>
          <select id="start-lan" name="lan" defaultValue={county} className={`${field} max-w-full`}>
            <option value="">{m.allCounties}</option>
            {COUNTY_CODES.map((code) => (
              <option key={code} value={code}>{COUNTIES[code]}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{m.show}</button>
      </fieldset>
    </form>
  );
}

/**
 * Municipalities grouped by county (the first two digits of the SCB code), each a link to its
 * page with its number of published promises. Kept small, as it holds all 290 municipalities
 * on the start page and every byte of an item is sent twice (HTML and the RSC payload): plain
 * links rather than client-side Link components (290 of them would also prefetch), the
 * count's style given once on the list rather than on each item, and no per-item keys beyond
 * a short index.
 */
export function MunicipalityDirectory({ locale, entries, headingLevel }: { locale: Locale; entries: MunicipalityIndexEntry[]; headingLevel: 2 | 3 }) {
  const m = messages(locale).start;
  const byCounty = new Map<string, MunicipalityIndexEntry[]>();
  for (const x of entries) {
    const key = countyOf(x.code) ?? OTHER;
    const list = byCounty.get(key);
    if (list) list.push(x);
    else byCounty.set(key, [x]);
  }
  const groups = [...COUNTY_CODES, OTHER].filter((c) => byCounty.has(c));
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="mt-6 columns-1 gap-8 md:columns-2 lg:columns-3">
      {groups.map((code) => {
        const id = `county-${code || "other"}`;
        return (
          <section key={id} aria-labelledby={id} className="mb-6 break-inside-avoid">
            <Heading id={id} className="text-lg font-semibold">
              {code ? COUNTIES[code] : m.otherCounty}
            </Heading>
            <ul className="mt-1 [&_small]:text-muted">
              {byCounty
                .get(code)!
                .sort((a, b) => compareSwedish(a.name, b.name))
                .map((x, i) => (
                  <li key={i}>
                    <PlainLink locale={locale} href={`/${x.slug}`}>{x.name}</PlainLink> <small>{`(${format(locale, m.promiseCount, { count: x.promiseCount })})`}</small>
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
