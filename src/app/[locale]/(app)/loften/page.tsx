import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { PromiseStatusBadge } from "@/components/promises/promise-status-badge";
import { ListFilterForm } from "@/components/ui/list-filter";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatPeriod } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { filterParams } from "@/lib/pagination/filter";
import { filteredListOfAddress } from "@/lib/pagination/filtered-list";
import { pagedTitle } from "@/lib/pagination/page";
import { listPromisesForActor } from "@/lib/promises/queries";

const STATUSES = ["DRAFT", "AWAITING_APPROVAL", "PUBLISHED", "COMPLETED"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of promises the address asks for, with its filter, read once a request (the title names the page shown). */
const readPromises = filteredListOfAddress(STATUSES, listPromisesForActor);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { list } = await readPromises(await searchParams);
  return { title: pagedTitle(locale, messages(locale).promises.title, list.page) };
}

export default async function PromisesPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const params = await searchParams;
  const { municipality, list } = await readPromises(params);
  const { filter } = municipality;
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
      <ListFilterForm action="/loften" filter={filter} municipality={municipality} statuses={STATUSES} statusLabel={(s) => m.promise.statusLabel[s as (typeof STATUSES)[number]]} locale={locale} />
      {list.rows.length === 0 ? (
        <p className="mt-6">{filtered ? m.listFilter.none : m.promises.none}</p>
      ) : (
        <ul className="record-cards mt-6 space-y-3">
          {list.rows.map((p) => (
            <li key={p.id}>
              <h2>
                <PlainLink locale={locale} href={`/loften/${p.id}`}>{p.title}</PlainLink>
              </h2>
              <p className="facts">
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
