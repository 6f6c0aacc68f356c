import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { PromiseStatusBadge } from "@/components/promises/promise-status-badge";
import { ListFilterForm } from "@/components/ui/list-filter";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatPeriod } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { dialogueMunicipalities } from "@/lib/dialogues/queries";
import { filterParams, parseListFilter } from "@/lib/pagination/filter";
import { pageNumber } from "@/lib/pagination/page";
import { listPromisesForActor } from "@/lib/promises/queries";

const STATUSES = ["DRAFT", "AWAITING_APPROVAL", "PUBLISHED", "COMPLETED"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).promises.title };
}

export default async function PromisesPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const params = await searchParams;
  const filter = parseListFilter(params, STATUSES);
  const [list, municipalities] = await Promise.all([listPromisesForActor(actor, filter, pageNumber(params.sida)), dialogueMunicipalities(actor)]);
  const filtered = Object.keys(filter).length > 0;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{m.promises.title}</h1>
        {hasPermission(actor.role, "promise.create") && (
          <Link href={filter.municipalityId ? `/loften/nytt?kommun=${filter.municipalityId}` : "/loften/nytt"} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {m.promises.new}
          </Link>
        )}
      </div>
      <p className="mt-2 text-muted">{m.promises.listIntro}</p>
      <ListFilterForm action="/loften" filter={filter} municipalities={municipalities} statuses={STATUSES} statusLabel={(s) => m.promise.statusLabel[s as (typeof STATUSES)[number]]} locale={locale} />
      {list.rows.length === 0 ? (
        <p className="mt-6">{filtered ? m.listFilter.none : m.promises.none}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {list.rows.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/loften/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <PromiseStatusBadge status={p.status} periodStart={p.periodStart} />
                <span>{formatPeriod(p.periodStart, p.periodEnd, locale)}</span>
                <span>{p.municipality.name}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/loften", filterParams(filter), page)} />
    </>
  );
}
