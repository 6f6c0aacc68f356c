import { stringify } from "csv-stringify/sync";
import { describePeriod } from "@/lib/activities/periods";
import { ROW_STATES } from "@/lib/dashboard/figures";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { format, LANGUAGE_TAGS, messages, type Locale } from "@/lib/i18n";
import { TaggedPdf } from "@/lib/pdf/tagged-document";
import { CSV_BOM, neutraliseFormula } from "@/lib/public/open-data-csv";
import type { AgreementReport, ReportPeriod } from "./agreement-report";
import { describeIndicator } from "./indicator-text";

/** The period in words: "Tertial 2 2026", "Delår 2 2026 (jan–aug)", "Helår 2026". */
export function reportPeriodName(period: ReportPeriod, locale: Locale): string {
  return format(locale, messages(locale).report.periodName[period.type], { n: period.number ?? "", year: period.year });
}

export const REPORT_CSV_COLUMNS = [
  "focus_area",
  "owner_kind",
  "owner",
  "row_id",
  "row",
  "responsible",
  "state",
  "target_value",
  "target_unit",
  "achieved_in_period",
  "achieved_to_date",
  "period_figures",
  "indicator",
  "indicator_baseline",
  "indicator_target",
  "indicator_latest",
  "deviation_comments",
  "reported_by",
  "reported_at",
] as const;

/** One row per plan row or promise activity, with the same state and figures as the page; text cells neutralised against formula injection. */
export function reportCsv(report: AgreementReport): string {
  const text = (value: string | null | undefined) => neutraliseFormula(value ?? "");
  const records = report.focusAreas.flatMap((focus) =>
    focus.rows.map((r) => ({
      focus_area: text(focus.title),
      owner_kind: r.ownerKind,
      owner: text(r.ownerTitle),
      row_id: r.id,
      row: text(r.title),
      responsible: text(r.responsible.join("; ")),
      state: r.state,
      target_value: r.target ?? "",
      target_unit: text(r.unit),
      achieved_in_period: r.achievedInPeriod,
      achieved_to_date: r.achievedToDate,
      period_figures: text(r.figures.map((f) => `${f.label}: ${f.value}`).join("; ")),
      indicator: text(r.indicator?.name),
      indicator_baseline: r.indicator?.baseline ?? "",
      indicator_target: r.indicator?.target ?? "",
      indicator_latest: r.indicator?.latest?.value ?? "",
      deviation_comments: text(r.periodFollowUps.filter((f) => f.status === "DEVIATING" || f.rating === "RED").map((f) => f.comment).filter(Boolean).join("; ")),
      reported_by: text(r.periodFollowUps.map((f) => f.reportedBy ?? "").join("; ")),
      reported_at: r.periodFollowUps.map((f) => f.reportedAt.toISOString()).join("; "),
    })),
  );
  return CSV_BOM + stringify(records, { header: true, columns: [...REPORT_CSV_COLUMNS], record_delimiter: "\r\n" });
}

/** The report as a tagged PDF (PDF/UA): headings per focus area, lists for rows, deviations, items and reports. */
export function reportPdf(report: AgreementReport, locale: Locale): Promise<Buffer> {
  const m = messages(locale);
  const r = m.report;
  const d = m.dashboard;
  const a = report.agreement;
  const pdf = new TaggedPdf({ title: format(locale, r.title, { title: a.title }), author: format(locale, m.documents.reportAuthor, { municipality: a.municipality.name, policeArea: a.policeArea.name }), subject: reportPeriodName(report.period, locale), lang: LANGUAGE_TAGS[locale] });
  const counts = (c: AgreementReport["totals"]) => ROW_STATES.map((s) => `${d.states[s]} ${c[s]}`).join(", ") + ` (${d.total} ${c.total})`;
  pdf.note(a.municipality.name);
  pdf.heading(1, format(locale, r.title, { title: a.title }));
  pdf.labelled(r.period, reportPeriodName(report.period, locale));
  pdf.paragraph(format(locale, r.generated, { date: formatDate(report.today, locale) }));
  pdf.heading(2, r.summary).paragraph(counts(report.totals));
  for (const focus of report.focusAreas) {
    pdf.heading(2, focus.title ?? d.noGoal).paragraph(counts(focus.counts));
    if (focus.rows.length === 0) pdf.paragraph(r.noRows);
    else
      pdf.list(
        focus.rows.map((row) => {
          const parts = [`${row.ownerKind === "plan" ? d.plan : d.promise}: ${row.ownerTitle}`, `${r.state}: ${d.states[row.state]}`];
          if (row.target !== null) parts.push(`${r.planned} ${row.target} ${row.unit ?? ""}`.trim(), `${r.doneInPeriod} ${row.achievedInPeriod}`, `${r.doneToDate} ${row.achievedToDate}`);
          if (row.figures.length) parts.push(`${r.figures}: ${row.figures.map((f) => `${f.label} ${f.value}`).join(", ")}`);
          if (row.indicator) parts.push(`${r.indicator} ${describeIndicator(row.indicator, locale)}`);
          return [{ text: row.title, bold: true }, { text: ` — ${parts.join(" · ")}` }];
        }),
      );
    if (focus.items.length) pdf.heading(3, r.items).list(focus.items.map((i) => `${i.title} (${i.forum.name}, ${formatDate(i.dueOn, locale)})`));
  }
  pdf.heading(2, r.deviations);
  if (report.deviations.length === 0) pdf.paragraph(r.noDeviations);
  else pdf.list(report.deviations.map((row) => `${row.title}: ${row.periodFollowUps.map((f) => f.comment).filter(Boolean).join("; ") || d.states[row.state]}`));
  pdf.heading(2, r.reports);
  if (report.reports.length === 0) pdf.paragraph(r.noReports);
  else pdf.list(report.reports.map((f) => `${f.row}, ${describePeriod(f.periodType, f.periodStart, locale)}: ${f.reportedBy ?? m.history.system}, ${formatDateTime(f.reportedAt, locale)}`));
  return pdf.end();
}
