import type { ReportingPeriod } from "@/generated/prisma/enums";
import { PERIOD_MONTHS } from "./periods";

/**
 * Which of one activity's follow-ups have their figures counted.
 *
 * An activity is followed up per month for deviations and again per tertial, delår and year,
 * so its follow-ups' periods overlap: a month lies inside its tertial, which lies inside the
 * year. Summing every follow-up would count the same courses two or three times. The rule: a
 * follow-up for a longer period covers the shorter ones inside it, and its figures replace
 * theirs. Taken in order of length, longest first (year 12 months, delår 8, half-year 6,
 * tertial 4, month 1), then by start, a follow-up counts unless its period overlaps one that
 * already counts. So each month is counted at most once, also where periods overlap only in
 * part (a tertial May–August after a half-year January–June), and follow-ups of periods that
 * do not overlap (the months of a year with no longer report) add up as before.
 *
 * The SQL that sums figures applies the same rule (countedFollowUpIdsSql in
 * ./counted-periods-sql.ts); the two must agree, and tests/integration check that they do.
 */
export interface FollowUpPeriod {
  periodType: ReportingPeriod;
  periodStart: Date;
}

export interface Figure {
  label: string;
  value: number;
  countsTowardsTarget: boolean;
}

/** Longest first, then earliest: the order in which follow-ups claim their months. */
const countsFirst = (a: FollowUpPeriod, b: FollowUpPeriod) =>
  PERIOD_MONTHS[b.periodType] - PERIOD_MONTHS[a.periodType] || a.periodStart.getTime() - b.periodStart.getTime();

/** The months a follow-up's period covers, each as a number (year × 12 + month). */
function monthsOf(f: FollowUpPeriod): number[] {
  const first = f.periodStart.getUTCFullYear() * 12 + f.periodStart.getUTCMonth();
  return Array.from({ length: PERIOD_MONTHS[f.periodType] }, (_, i) => first + i);
}

/**
 * The follow-ups of one activity whose figures count, in the order given. Each follow-up
 * looks up at most twelve months in the set of months already claimed, so the work grows
 * with the number of follow-ups, not with its square.
 */
export function countedFollowUps<T extends FollowUpPeriod>(followUps: readonly T[]): T[] {
  const claimed = new Set<number>();
  const counted = new Set<T>();
  for (const f of [...followUps].sort(countsFirst)) {
    const months = monthsOf(f);
    if (months.some((m) => claimed.has(m))) continue;
    for (const m of months) claimed.add(m);
    counted.add(f);
  }
  return followUps.filter((f) => counted.has(f));
}

/**
 * The figures of one activity's follow-ups as progress reads them, by the rule above: the sum
 * of those that count towards the target, and each label's total (labels in the order they
 * first appear in the follow-ups given).
 */
export function countedFigures(followUps: readonly (FollowUpPeriod & { figures: readonly Figure[] })[]) {
  const figures = countedFollowUps(followUps).flatMap((f) => f.figures);
  const achieved = figures.filter((x) => x.countsTowardsTarget).reduce((sum, x) => sum + x.value, 0);
  const totals = new Map<string, number>();
  for (const x of figures) totals.set(x.label, (totals.get(x.label) ?? 0) + x.value);
  return { achieved, totals: [...totals].map(([label, value]) => ({ label, value })) };
}
