import type { Metadata } from "next";
import { PlainLink } from "@/components/ui/plain-link";
import { MunicipalityDirectory, MunicipalitySearchForm } from "@/components/public/municipality-directory";
import { matchMunicipalities } from "@/lib/public/municipality-search";
import { format, messages, type Locale } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { COUNTIES } from "@/lib/municipalities/counties";
import { listPublicMunicipalityIndex } from "@/lib/public/promises";

// Rendered for every request (it reads the query); the list it filters is the start page's
// cached index, so a search costs no query. Kept out of search engines by robots.txt.

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** The search as asked: the name as typed (without control characters, trimmed, at most 100 characters) and a known county. */
function searchOf(query: SearchParams) {
  const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);
  const q = first(query.q)?.replace(/\p{Cc}/gu, "").trim().slice(0, 100) ?? "";
  const lan = first(query.lan);
  return { q, county: lan && lan in COUNTIES ? lan : undefined };
}

function headingOf(locale: Locale, { q, county }: ReturnType<typeof searchOf>): string {
  const m = messages(locale).start;
  if (q && county) return format(locale, m.searchForNameInCounty, { q, county: COUNTIES[county]! });
  if (q) return format(locale, m.searchForName, { q });
  if (county) return format(locale, m.searchInCounty, { county: COUNTIES[county]! });
  return m.searchTitle;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  return { title: headingOf(locale, searchOf(await searchParams)) };
}

/** The start page's list narrowed by name and county, with the form kept filled in. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOfPage(params);
  const m = messages(locale).start;
  const search = searchOf(await searchParams);
  const shown = matchMunicipalities(await listPublicMunicipalityIndex(), search.q, search.county);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{headingOf(locale, search)}</h1>
      <MunicipalitySearchForm locale={locale} q={search.q} county={search.county} />
      <p role="status" className="mt-6">
        {shown.length === 0 ? m.noMatch : format(locale, m.searchCount, { count: shown.length })}
      </p>
      <MunicipalityDirectory locale={locale} entries={shown} headingLevel={2} />
      <p className="mt-2">
        <PlainLink locale={locale} href="/">{m.showAll}</PlainLink>
      </p>
    </>
  );
}
