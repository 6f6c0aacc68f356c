import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { StateBars } from "@/components/dashboard/state-bars";
import { Badge } from "@/components/ui/badge";
import { PlainLink } from "@/components/ui/plain-link";
import { DataTable } from "@/components/ui/scrollable-table";
import { requireActor } from "@/lib/auth/current-actor";
import { ROW_STATES } from "@/lib/dashboard/figures";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { reportForAddress } from "@/lib/reports/agreement-report";
import { reportPeriodName } from "@/lib/reports/export";
import { describeIndicator } from "@/lib/reports/indicator-text";
import { titleUnlessRefused } from "@/lib/pages/refused-title";
import { formatFigure } from "@/lib/analyses/indicators";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Read once for the tab title and the page. */
const load = cache(async (id: string, period: string | string[] | undefined) => reportForAddress(await requireActor(), id, period));

/** Names the agreement, as the heading does ("Rapport" for every one), or the not-found page's title. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const report = await load((await params).id, (await searchParams).period);
  return titleUnlessRefused(report !== null, report ? format(locale, messages(locale).report.title, { title: report.agreement.title }) : "", locale);
}

const focusAnchor = (id: string | null) => `fokus-${id ?? "utan-mal"}`;

/** The agreement's report for a period (?period=T2-2026, D2-2026 or 2026), with PDF and CSV of the same. */
export default async function ReportPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const report = await load((await params).id, (await searchParams).period);
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
      <p className="text-sm"><PlainLink locale={locale} href={`/avtal/${a.id}`}>{a.title}</PlainLink></p>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, r.title, { title: a.title })}</h1>
      <p className="mt-2 max-w-3xl">{r.intro}</p>
      <form method="get" action={base} className="no-print mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="report-period" className="block font-semibold">{r.period}</label>
          <select id="report-period" name="period" defaultValue={period.key} className="mt-1 rounded border border-slate-400 px-2 py-1">
            {report.periodChoices.map((p) => (<option key={p.key} value={p.key}>{reportPeriodName(p, locale)}</option>))}
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
          rows={report.focusAreas.map((f) => ({ label: f.title ?? d.noGoal, href: `#${focusAnchor(f.id)}`, counts: f.counts }))}
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
              <DataTable label={`${r.rows}: ${f.title ?? d.noGoal}`}>
                <thead>
                  <tr>
                    <th scope="col">{d.row}</th>
                    <th scope="col">{r.state}</th>
                    <th scope="col" className="num">{r.planned}</th>
                    <th scope="col" className="num">{r.doneInPeriod}</th>
                    <th scope="col" className="num">{r.doneToDate}</th>
                    <th scope="col">{r.figures}</th>
                    <th scope="col">{r.indicator}</th>
                  </tr>
                </thead>
                <tbody className="align-top">
                  {f.rows.map((row, n) => (
                    <tr key={n}>
                      <td>
                        <PlainLink locale={locale} href={row.ownerKind === "plan" ? `/atgardsplaner/${row.ownerId}/atgarder/${row.id}/uppfoljning` : `/loften/${row.ownerId}`}>{row.title}</PlainLink>
                        <span className="row-note">{`${row.ownerKind === "plan" ? d.plan : d.promise}: ${row.ownerTitle}${row.responsible.length ? ` · ${row.responsible.join(", ")}` : ""}`}</span>
                      </td>
                      <td><Badge tone={row.state === "late" ? "danger" : row.state === "deviating" ? "warning" : row.state === "done" ? "success" : "neutral"}>{d.states[row.state]}</Badge></td>
                      <td className="num">{row.target !== null ? `${row.target} ${row.unit ?? ""}` : "–"}</td>
                      <td className="num">{row.achievedInPeriod}</td>
                      <td className="num">{row.achievedToDate}</td>
                      <td>{row.figures.map((x) => `${x.label}: ${formatFigure(x.value, locale)}`).join(", ") || "–"}</td>
                      <td>
                        {row.indicator
                          ? describeIndicator(row.indicator, locale)
                          : "–"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          )}
          {f.items.length > 0 && (
            <>
              <h3 className="mt-4 text-lg font-semibold">{r.items}</h3>
              <ul className="mt-1 list-disc pl-6">
                {f.items.map((i, n) => (<li key={n}><PlainLink locale={locale} href={`/forum/${i.forum.id}#items`}>{i.title}</PlainLink> <span className="meta">{`${i.forum.name} · ${formatDate(i.dueOn, locale)}`}</span></li>))}
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
          <>
            {/* Each item is listed under its focus area above (as in the PDF): here how many, and where. */}
            <p className="mt-2">{format(locale, r.itemsByFocus, { count: report.items.length })}</p>
            <ul className="mt-1 list-disc pl-6">
              {report.focusAreas.filter((f) => f.items.length > 0).map((f, n) => (<li key={n}><a href={`#${focusAnchor(f.id)}`}>{f.title ?? d.noGoal}</a>{` (${f.items.length})`}</li>))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="report-who" className="mt-8">
        <h2 id="report-who" className="text-2xl font-semibold">{r.reports}</h2>
        {report.reports.length === 0 ? <p className="mt-2 text-muted">{r.noReports}</p> : (
          <>
            <p className="mt-1 max-w-3xl text-sm text-muted">{format(locale, r.reportsInDownloads, { count: report.reports.length })}</p>
            <div className="mt-2">
              <DataTable label={r.reportsCaption}>
                <thead>
                  <tr>
                    <th scope="col">{r.reportedBy}</th>
                    <th scope="col" className="num">{r.followUps}</th>
                    <th scope="col" className="num">{r.rows}</th>
                    <th scope="col">{r.firstReported}</th>
                    <th scope="col">{r.latestReported}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.reporters.map((x) => (
                    <tr key={x.reportedBy ?? ""}>
                      <th scope="row" className="font-normal">{x.reportedBy ?? m.history.system}</th>
                      <td className="num">{x.followUps}</td>
                      <td className="num">{x.rows}</td>
                      <td>{formatDateTime(x.first, locale)}</td>
                      <td>{formatDateTime(x.latest, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          </>
        )}
      </section>
    </>
  );
}
