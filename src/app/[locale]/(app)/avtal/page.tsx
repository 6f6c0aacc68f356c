import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { ListFilterForm } from "@/components/ui/list-filter";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { listAgreementsForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatPeriod } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { filterParams } from "@/lib/pagination/filter";
import { filteredListOfAddress } from "@/lib/pagination/filtered-list";
import { pagedTitle } from "@/lib/pagination/page";

const STATUSES = ["DRAFT", "IN_PREPARATION", "ADOPTED", "ACTIVE", "EXPIRED", "REPLACED"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of agreements the address asks for, with its filter, read once a request (the title names the page shown). */
const readAgreements = filteredListOfAddress(STATUSES, listAgreementsForActor);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { list } = await readAgreements(await searchParams);
  return { title: pagedTitle(locale, messages(locale).agreements.title, list.page) };
}

export default async function AgreementsPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const params = await searchParams;
  const { municipality, list } = await readAgreements(params);
  const { filter } = municipality;
  const filtered = Object.keys(filter).length > 0;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{m.agreements.title}</h1>
        {hasPermission(actor.role, "agreement.create") && (
          <Link href={filter.municipalityId ? `/avtal/nytt?kommun=${filter.municipalityId}` : "/avtal/nytt"} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {m.agreements.new}
          </Link>
        )}
      </div>
      <p className="mt-2 text-muted">{m.agreements.listIntro}</p>
      <ListFilterForm action="/avtal" filter={filter} municipality={municipality} statuses={STATUSES} statusLabel={(s) => m.agreements.status[s as (typeof STATUSES)[number]]} locale={locale} />
      {list.rows.length === 0 ? (
        <p className="mt-6">{filtered ? m.listFilter.none : m.agreements.none}</p>
      ) : (
        <ul className="record-cards mt-6 space-y-3">
          {list.rows.map((a) => (
            <li key={a.id}>
              <h2>
                <PlainLink locale={locale} href={`/avtal/${a.id}`}>{a.title}</PlainLink>
              </h2>
              <p className="facts">
                <AgreementStatusBadge status={a.status} />
                <span>{formatPeriod(a.periodStart, a.periodEnd, locale)}</span>
                {a.caseNumber && <span>{a.caseNumber}</span>}
                <span>
                  {a.municipality.name} · {a.policeArea.name}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/avtal", filterParams(filter), page)} />
    </>
  );
}
