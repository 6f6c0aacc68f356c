import type { Locale } from "@/lib/i18n";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import { formatMonth, formatMonthName } from "@/lib/format/dates";

/**
 * A reporting period starts on a fixed day: the first of the month, of the tertial
 * (January, May, September), of the half-year, or of the year; the interim report
 * (delår, January–August) starts with its year. Any date inside the period names it.
 */
export function periodStartOf(type: ReportingPeriod, date: Date): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  // The interim report (delår) runs January–August and is named by its year.
  const startMonth = { MONTH: month, TERTIAL: month - (month % 4), HALF_YEAR: month - (month % 6), YEAR: 0, INTERIM: 0 }[type];
  return new Date(Date.UTC(year, startMonth, 1));
}

/** How many months each kind of period lasts. */
export const PERIOD_MONTHS: Readonly<Record<ReportingPeriod, number>> = { MONTH: 1, TERTIAL: 4, HALF_YEAR: 6, YEAR: 12, INTERIM: 8 };

/** The first day after the period that `date` lies in: its start plus the period's length. */
export function periodEndOf(type: ReportingPeriod, date: Date): Date {
  const start = periodStartOf(type, date);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + PERIOD_MONTHS[type], 1));
}

/** A reporting period in words a resident reads: "februari 2026", "januari–april 2026", "2026". */
export function describePeriod(type: ReportingPeriod, start: Date, locale: Locale): string {
  if (type === "MONTH") return formatMonth(start, locale);
  if (type === "YEAR") return String(start.getUTCFullYear());
  const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + PERIOD_MONTHS[type] - 1, 1));
  return `${formatMonthName(start, locale)}–${formatMonth(last, locale)}`;
}
