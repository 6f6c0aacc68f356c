import { MunicipalityDirectory, MunicipalitySearchForm } from "@/components/public/municipality-directory";
import { messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { startPageMunicipalityIndex } from "@/lib/public/promises";

// Served from Next's cache: rendered on the first request and kept until a promise is
// published, changed or withdrawn in any municipality (the index is a read across
// municipalities, src/lib/public/cache-tags.ts), with a time limit as a safety net. The
// search is its own page (/sok), so this one reads no query.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

/**
 * The start page lists every municipality compactly, by county, with how many promises it has
 * published; the form finds one by name or county on the search page. The promises are on
 * each municipality's page.
 */
export default async function StartPage({ params }: Props) {
  const locale = await localeOfPage(params);
  const m = messages(locale);
  const all = await startPageMunicipalityIndex();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{m.start.title}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{m.start.intro}</p>
      <h2 className="mt-10 text-2xl font-semibold">{m.start.municipalities}</h2>
      <MunicipalitySearchForm locale={locale} />
      <MunicipalityDirectory locale={locale} entries={all} headingLevel={3} />
    </>
  );
}
