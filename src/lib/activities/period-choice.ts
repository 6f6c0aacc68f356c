import type { ReportingPeriod } from "@/generated/prisma/enums";
import { periodStartOf } from "./periods";

/**
 * How a follow-up's period is chosen in its form: a year and which part of it, as an
 * official names it ("Tertial 2", "Delår", a month), never inferred from a date. A date led
 * to surprises: a "Delår" dated in October was recorded as January–August.
 */
export const PERIOD_CHOICES = [
  "T1",
  "T2",
  "T3",
  "INTERIM",
  "YEAR",
  "H1",
  "H2",
  ...(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"] as const).map((m) => `M${m}` as const),
] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The kind of period a choice names, and the month (0–11) it starts in. */
function periodOfChoice(choice: PeriodChoice): { periodType: ReportingPeriod; startMonth: number } {
  const n = Number(choice.slice(1));
  if (choice === "INTERIM" || choice === "YEAR") return { periodType: choice, startMonth: 0 };
  if (choice.startsWith("T")) return { periodType: "TERTIAL", startMonth: (n - 1) * 4 };
  if (choice.startsWith("H")) return { periodType: "HALF_YEAR", startMonth: (n - 1) * 6 };
  return { periodType: "MONTH", startMonth: n - 1 };
}

/** The period recorded for a choice in a year: "T2" in 2026 is the tertial from 1 May 2026. */
export function chosenPeriod(choice: PeriodChoice, year: number): { periodType: ReportingPeriod; periodStart: Date } {
  const { periodType, startMonth } = periodOfChoice(choice);
  return { periodType, periodStart: new Date(Date.UTC(year, startMonth, 1)) };
}

/** A recorded period as its form shows it again: the choice and the year. */
export function choiceOfPeriod(periodType: ReportingPeriod, periodStart: Date): { period: PeriodChoice; year: number } {
  const start = periodStartOf(periodType, periodStart);
  const month = start.getUTCMonth();
  const period: PeriodChoice =
    periodType === "TERTIAL"
      ? (`T${month / 4 + 1}` as PeriodChoice)
      : periodType === "HALF_YEAR"
        ? (`H${month / 6 + 1}` as PeriodChoice)
        : periodType === "MONTH"
          ? (`M${String(month + 1).padStart(2, "0")}` as PeriodChoice)
          : periodType;
  return { period, year: start.getUTCFullYear() };
}

/**
 * The years a follow-up can be chosen in, newest first: from the year the promise or plan
 * began to this year (a period still ahead cannot be followed up) or the year it ended, if
 * earlier (nothing after its end is reported), and the year already recorded when a
 * follow-up is changed.
 */
export function followUpYears(owner: { periodStart: Date; periodEnd: Date }, now = new Date(), recorded?: number): number[] {
  const last = Math.min(now.getUTCFullYear(), Math.max(owner.periodEnd.getUTCFullYear(), owner.periodStart.getUTCFullYear()));
  const first = Math.min(owner.periodStart.getUTCFullYear(), last, recorded ?? last);
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  return recorded !== undefined && recorded > last ? [recorded, ...years] : years;
}
