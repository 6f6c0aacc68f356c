import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { StateBars } from "@/components/dashboard/state-bars";
import { Badge } from "@/components/ui/badge";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { describePeriod } from "@/lib/activities/periods";
import { requireActor } from "@/lib/auth/current-actor";
import { ROW_STATES } from "@/lib/dashboard/figures";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { agreementReport, parseReportPeriod, reportPeriodChoices } from "@/lib/reports/agreement-report";
import { reportPeriodName } from "@/lib/reports/export";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).report.metaTitle };
}

const focusAnchor = (id: string | null) => `fokus-${id ?? "utan-mal"}`;

/** The agreement's report for a period (?period=T2-2026, D2-2026 or 2026), with PDF and CSV of the same. */
export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id } = await params;
  const raw = (await searchParams).period;
  const report = await agreementReport(actor, id, typeof raw === "string" ? parseReportPeriod(raw) : null);
  if (!report) notFound();
  const period = report.period;
  const m = messages(locale);
  const r = m.report;
  const d = m.dashboard;
  const a = report.agreement;
  const base = localePath(locale, `/avtal/${a.id}/rapport`);
  const query = `?period=${encodeURIComponent(period.key)}`;
  return (
    <>
      <p className="text-sm"><Link href={`/avtal/${a.id}`}>{a.title}</Link></p>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, r.title, { title: a.title })}</h1>
      <p className="mt-2 max-w-3xl">{r.intro}</p>
      <form method="get" action={base} className="no-print mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="report-period" className="block font-semibold">{r.period}</label>
          <select id="report-period" name="period" defaultValue={period.key} className="mt-1 rounded border border-slate-400 px-2 py-1">
            {reportPeriodChoices(a.periodStart, a.periodEnd).map((p) => (<option key={p.key} value={p.key}>{reportPeriodName(p, locale)}</option>))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{r.choose}</button>
      </form>
      <p className="no-print mt-3 flex flex-wrap gap-4">
        <a href={`${base}/pdf${query}`} download>{r.downloadPdf}</a>
        <a href={`${base}/csv${query}`} download>{r.downloadCsv}</a>
      </p>
      <p className="mt-3">{reportPeriodName(period, locale)} · {format(locale, r.generated, { date: formatDate(report.today, locale) })}</p>

      <section aria-labelledby="report-summary" className="mt-6">
        <h2 id="report-summary" className="text-2xl font-semibold">{r.summary}</h2>
        <StateBars
          caption={format(locale, d.byFocus, { title: a.municipality.name })}
          locale={locale}
          rows={report.focusAreas.map((f) => ({ key: f.id ?? "none", label: f.title ?? d.noGoal, href: `#${focusAnchor(f.id)}`, counts: f.counts }))}
        />
      </section>

      {report.focusAreas.map((f) => (
        <section key={f.id ?? "none"} aria-labelledby={focusAnchor(f.id)} className="mt-8">
          <h2 id={focusAnchor(f.id)} className="text-2xl font-semibold">{f.title ?? d.noGoal}</h2>
          <p className="mt-1 text-sm">{ROW_STATES.map((s) => `${d.states[s]} ${f.counts[s]}`).join(" · ")} · {d.total} {f.counts.total}</p>
          {f.rows.length === 0 ? (
            <p className="mt-2 text-muted">{r.noRows}</p>
          ) : (
            <div className="mt-2">
              <ScrollableTable label={`${r.rows}: ${f.title ?? d.noGoal}`}>
                <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
                  <caption className="sr-only">{`${r.rows}: ${f.title ?? d.noGoal}`}</caption>
                  <thead className="bg-brand-50">
                    <tr>
                      <th scope="col" className="px-3 py-2">{d.row}</th>
                      <th scope="col" className="px-3 py-2">{r.state}</th>
                      <th scope="col" className="px-3 py-2 text-right">{r.planned}</th>
                      <th scope="col" className="px-3 py-2 text-right">{r.doneInPeriod}</th>
                      <th scope="col" className="px-3 py-2 text-right">{r.doneToDate}</th>
                      <th scope="col" className="px-3 py-2">{r.figures}</th>
                      <th scope="col" className="px-3 py-2">{r.indicator}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200 align-top">
                    {f.rows.map((row) => (
                      <tr key={row.id}>
                        <td className="px-3 py-2">
                          <Link href={row.ownerKind === "plan" ? `/atgardsplaner/${row.ownerId}/atgarder/${row.id}/uppfoljning` : `/loften/${row.ownerId}`}>{row.title}</Link>
                          <span className="block text-xs text-muted">{row.ownerKind === "plan" ? d.plan : d.promise}: {row.ownerTitle}{row.responsible.length ? ` · ${row.responsible.join(", ")}` : ""}</span>
                        </td>
                        <td className="px-3 py-2"><Badge tone={row.state === "late" ? "danger" : row.state === "deviating" ? "warning" : row.state === "done" ? "success" : "neutral"}>{d.states[row.state]}</Badge></td>
                        <td className="px-3 py-2 text-right tabular-nums">{row.target !== null ? `${row.target} ${row.unit ?? ""}` : "–"}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{row.achievedInPeriod}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{row.achievedToDate}</td>
                        <td className="px-3 py-2">{row.figures.map((x) => `${x.label}: ${x.value}`).join(", ") || "–"}</td>
                        <td className="px-3 py-2">
                          {row.indicator
                            ? `${row.indicator.name}: ${r.baseline} ${row.indicator.baseline}, ${r.target} ${row.indicator.target ?? "–"}, ${r.latest} ${row.indicator.latest?.value ?? "–"} ${row.indicator.unit}`
                            : "–"}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollableTable>
            </div>
          )}
          {f.items.length > 0 && (
            <>
              <h3 className="mt-4 text-lg font-semibold">{r.items}</h3>
              <ul className="mt-1 list-disc pl-6">
                {f.items.map((i) => (<li key={i.id}><Link href={`/forum/${i.forum.id}#items`}>{i.title}</Link> <span className="text-sm text-muted">{i.forum.name} · {formatDate(i.dueOn, locale)}</span></li>))}
              </ul>
            </>
          )}
        </section>
      ))}

      <section aria-labelledby="report-deviations" className="mt-8">
        <h2 id="report-deviations" className="text-2xl font-semibold">{r.deviations}</h2>
        {report.deviations.length === 0 ? (
          <p className="mt-2 text-muted">{r.noDeviations}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {report.deviations.map((row) => (
              <li key={row.id}>
                <strong>{row.title}</strong> ({d.states[row.state]}){row.periodFollowUps.filter((x) => x.comment).map((x) => <span key={x.id}>: {x.comment}</span>)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-items" className="mt-8">
        <h2 id="report-items" className="text-2xl font-semibold">{r.items}</h2>
        {report.items.length === 0 ? <p className="mt-2 text-muted">{r.noItems}</p> : (
          <ul className="mt-2 list-disc pl-6">
            {report.items.map((i) => (<li key={i.id}><Link href={`/forum/${i.forum.id}#items`}>{i.title}</Link> <span className="text-sm text-muted">{i.forum.name} · {formatDate(i.dueOn, locale)}</span></li>))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-who" className="mt-8">
        <h2 id="report-who" className="text-2xl font-semibold">{r.reports}</h2>
        {report.reports.length === 0 ? <p className="mt-2 text-muted">{r.noReports}</p> : (
          <div className="mt-2">
            <ScrollableTable label={r.reports}>
              <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
                <caption className="sr-only">{r.reports}</caption>
                <thead className="bg-brand-50">
                  <tr>
                    <th scope="col" className="px-3 py-2">{d.row}</th>
                    <th scope="col" className="px-3 py-2">{r.period}</th>
                    <th scope="col" className="px-3 py-2">{r.reportedBy}</th>
                    <th scope="col" className="px-3 py-2">{r.reportedAt}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {report.reports.map((x) => (
                    <tr key={x.id}>
                      <td className="px-3 py-2">{x.row}</td>
                      <td className="px-3 py-2">{describePeriod(x.periodType, x.periodStart, locale)}</td>
                      <td className="px-3 py-2">{x.reportedBy ?? m.history.system}</td>
                      <td className="px-3 py-2">{formatDateTime(x.reportedAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollableTable>
          </div>
        )}
      </section>
    </>
  );
}
