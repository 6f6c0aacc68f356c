import type { ReportingPeriod } from "@/generated/prisma/enums";

/**
 * A reporting period starts on a fixed day: the first of the month, of the tertial
 * (January, May, September), of the half-year, or of the year. Any date inside the
 * period names it.
 */
export function periodStartOf(type: ReportingPeriod, date: Date): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const startMonth = { MONTH: month, TERTIAL: month - (month % 4), HALF_YEAR: month - (month % 6), YEAR: 0 }[type];
  return new Date(Date.UTC(year, startMonth, 1));
}

export function periodLabel(type: ReportingPeriod, start: Date, monthName: (d: Date) => string): string {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  switch (type) {
    case "MONTH":
      return monthName(start);
    case "TERTIAL":
      return `T${month / 4 + 1} ${year}`;
    case "HALF_YEAR":
      return `H${month / 6 + 1} ${year}`;
    case "YEAR":
      return String(year);
  }
}
