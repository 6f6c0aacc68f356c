import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { ListFilterForm } from "@/components/ui/list-filter";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { listAnalysesForActor } from "@/lib/analyses/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { filterParams } from "@/lib/pagination/filter";
import { filteredListOfAddress } from "@/lib/pagination/filtered-list";
import { pagedTitle } from "@/lib/pagination/page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of analyses the address asks for, with its filter, read once a request (the title names the page shown). */
const readAnalyses = filteredListOfAddress([], listAnalysesForActor);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { list } = await readAnalyses(await searchParams);
  return { title: pagedTitle(locale, messages(locale).cycle.analyses.title, list.page) };
}

export default async function AnalysesPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const a = m.cycle.analyses;
  const params = await searchParams;
  const { municipality, list } = await readAnalyses(params);
  const { filter } = municipality;
  return (
    <>
      <p className="text-sm"><Link href="/arbetsgang">{m.cycle.title}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{a.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{a.intro}</p>
      {hasPermission(actor.role, "cycle.write") && (
        <p className="mt-4">
          <Link href="/lagesbild/ny" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">{a.new}</Link>
        </p>
      )}
      <ListFilterForm action="/lagesbild" filter={filter} municipality={municipality} locale={locale} />
      {list.rows.length === 0 ? (
        <p className="mt-6 text-muted">{Object.keys(filter).length > 0 ? m.listFilter.none : a.none}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {list.rows.map((row) => (
            <li key={row.id} className="rounded-lg border border-slate-200 p-3">
              <PlainLink locale={locale} href={`/lagesbild/${row.id}`} className="font-semibold">{row.title}</PlainLink>
              <p className="text-sm text-muted">
                {row.municipality.name} · {a.asOfShort} {formatDate(row.asOf, locale)} · {format(locale, a.indicatorCount, { count: row._count.indicators })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={(p) => pageHref("/lagesbild", filterParams(filter), p)} locale={locale} />
    </>
  );
}
