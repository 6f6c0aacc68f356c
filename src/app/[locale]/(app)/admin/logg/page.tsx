import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { listAuditLog, startOfSwedishDay, type AuditLogFilter } from "@/lib/audit/log";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { municipalityChoices } from "@/lib/municipalities/queries";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";
import { compareSwedish } from "@/lib/format/intl";
import { refusedTitle } from "@/lib/pages/refused-title";

type Params = { sida?: string; vem?: string; vad?: string; kommun?: string; fran?: string; till?: string };
type Props = { searchParams: Promise<Params> };

/** The page of the log the address asks for, read once a request (the title names the page shown). */
const readLog = oncePerRequest(async (params: Params) => {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!authorize(actor, "audit.read", { type: "system" })) notFound();
  const filter: AuditLogFilter = {
    who: typeof params.vem === "string" ? params.vem.slice(0, 200) : undefined,
    action: typeof params.vad === "string" && Object.hasOwn(messages(locale).history.action, params.vad) ? params.vad : undefined,
    municipalityId: params.kommun && isUuid(params.kommun) ? params.kommun : undefined,
    from: startOfSwedishDay(params.fran) ? params.fran : undefined,
    to: startOfSwedishDay(params.till) ? params.till : undefined,
  };
  return { filter, log: await listAuditLog(actor, pageNumber(params.sida), filter, locale) };
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  // Refused before the list is read: a refused reader's tab says what the page says.
  if (!authorize(await requireActor(), "audit.read", { type: "system" })) return refusedTitle(locale);
  const { log } = await readLog(await searchParams);
  return { title: pagedTitle(locale, messages(locale).admin.audit.title, log.page) };
}

/** The whole audit log, filtered by who, what, when and which municipality: for administrators. */
export default async function AuditLogPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const m = messages(locale);
  const a = m.admin.audit;
  const actions = Object.entries(m.history.action as Record<string, string>).sort(([, x], [, y]) => compareSwedish(x, y));
  const [{ filter, log }, municipalities] = await Promise.all([readLog(await searchParams), municipalityChoices()]);
  const input = "block max-w-full rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{a.title}</h1>
      <p className="mt-2 max-w-2xl text-muted">{a.intro}</p>
      <form method="get" action={localePath(locale, "/admin/logg")} className="no-print my-6 rounded-lg border border-slate-200 p-4">
        <fieldset className="flex min-w-0 flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{a.filterLegend}</legend>
          <div>
            <label htmlFor="audit-filter-who" className="block text-sm font-medium">{a.who}</label>
            <input id="audit-filter-who" name="vem" type="search" defaultValue={filter.who ?? ""} className={input} />
          </div>
          <div className="min-w-0 max-w-full">
            <label htmlFor="audit-filter-what" className="block text-sm font-medium">{a.what}</label>
            <select id="audit-filter-what" name="vad" defaultValue={filter.action ?? ""} className={input}>
              <option value="">{a.allActions}</option>
              {actions.map(([key, label]) => (
                <option key={key} value={key}>{label}</option>
              ))}
            </select>
          </div>
          <div className="min-w-0 max-w-full">
            <label htmlFor="audit-filter-municipality" className="block text-sm font-medium">{a.municipality}</label>
            <select id="audit-filter-municipality" name="kommun" defaultValue={filter.municipalityId ?? ""} className={input}>
              <option value="">{a.allMunicipalities}</option>
              {municipalities.map((x) => (
                <option key={x.id} value={x.id}>{x.name}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-filter-from" className="block text-sm font-medium">{a.from}</label>
            <input id="audit-filter-from" name="fran" type="date" defaultValue={filter.from ?? ""} className={input} />
          </div>
          <div>
            <label htmlFor="audit-filter-to" className="block text-sm font-medium">{a.to}</label>
            <input id="audit-filter-to" name="till" type="date" defaultValue={filter.to ?? ""} className={input} />
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{a.apply}</button>
        </fieldset>
      </form>
      {log.rows.length === 0 ? <p>{a.none}</p> : <AuditLogTable rows={log.rows} caption={a.caption} locale={locale} />}
      <Pagination
        {...log}
        locale={locale}
        href={(page) => pageHref("/admin/logg", { vem: filter.who, vad: filter.action, kommun: filter.municipalityId, fran: filter.from, till: filter.to }, page)}
      />
    </>
  );
}
