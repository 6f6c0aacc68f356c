import type { ReportingPeriod } from "@/generated/prisma/enums";
import { PERIOD_MONTHS } from "./periods";

/**
 * Which figures of one activity's follow-ups are counted.
 *
 * An activity is followed up per month for deviations and again per tertial, delår and year,
 * so its follow-ups' periods overlap: a month lies inside its tertial, which lies inside the
 * year. Summing every follow-up would count the same courses two or three times. The rule: a
 * follow-up for a longer period covers the shorter ones inside it, and the figures it gives
 * replace theirs, figure by figure. For each figure, of the follow-ups that give it, taken in
 * order of length, longest first (year 12 months, delår 8, half-year 6, tertial 4, month 1),
 * then by start, a follow-up's value counts unless its period overlaps one already counted
 * for that figure. So each month is counted at most once per figure, also where periods
 * overlap only in part (a tertial May–August after a half-year January–June), and follow-ups
 * of periods that do not overlap (the months of a year with no longer report) add up as before.
 *
 * Figure by figure, not follow-up by follow-up, because every figure is optional: a tertial
 * summed up with a status and text, or with participants but no count, must not wipe out the
 * count its months reported (progress would go down when someone writes a summary). A
 * follow-up that gives no value for a figure takes no part in that figure's rule.
 *
 * A figure is either the count towards the target (countsTowardsTarget), whatever its label
 * (the activity's unit when the follow-up was saved, which may have changed since), or another
 * figure by its label, compared as saved, as the totals group labels: "Deltagare" and
 * "deltagare" are two figures. A follow-up that gives one label twice has both values counted,
 * or neither.
 *
 * The SQL that sums figures applies the same rule (countedFigureIdsSql in
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

/** The figure a value is of, for the rule: the count towards the target, whatever its label, or another figure's label. */
const TOWARDS_TARGET = Symbol("towards the target");
type FigureKey = string | typeof TOWARDS_TARGET;
const keyOf = (x: Figure): FigureKey => (x.countsTowardsTarget ? TOWARDS_TARGET : x.label);

/** Longest first, then earliest: the order in which follow-ups claim their months. */
const countsFirst = (a: FollowUpPeriod, b: FollowUpPeriod) =>
  PERIOD_MONTHS[b.periodType] - PERIOD_MONTHS[a.periodType] || a.periodStart.getTime() - b.periodStart.getTime();

/** The months a follow-up's period covers, each as a number (year × 12 + month). */
function monthsOf(f: FollowUpPeriod): number[] {
  const first = f.periodStart.getUTCFullYear() * 12 + f.periodStart.getUTCMonth();
  return Array.from({ length: PERIOD_MONTHS[f.periodType] }, (_, i) => first + i);
}

/**
 * The figures of one activity's follow-ups as progress reads them, by the rule above: the sum
 * of those that count towards the target, and each label's total (labels in the order they
 * first appear among the counted figures of the follow-ups given). Each follow-up looks up at
 * most twelve months per figure it gives in the months that figure has already claimed, so
 * the work grows with the number of figures, not with its square.
 */
export function countedFigures<T extends FollowUpPeriod & { figures: readonly Figure[] }>(followUps: readonly T[]) {
  const claimed = new Map<FigureKey, Set<number>>();
  const countedKeys = new Map<T, Set<FigureKey>>();
  for (const f of [...followUps].sort(countsFirst)) {
    const months = monthsOf(f);
    // Decide for each figure before claiming, so that a label given twice is one figure of this follow-up.
    const counts = new Set([...new Set(f.figures.map(keyOf))].filter((key) => !months.some((m) => claimed.get(key)?.has(m))));
    for (const key of counts) {
      const taken = claimed.get(key) ?? new Set<number>();
      for (const m of months) taken.add(m);
      claimed.set(key, taken);
    }
    countedKeys.set(f, counts);
  }
  const figures = followUps.flatMap((f) => f.figures.filter((x) => countedKeys.get(f)?.has(keyOf(x))));
  const achieved = figures.filter((x) => x.countsTowardsTarget).reduce((sum, x) => sum + x.value, 0);
  const totals = new Map<string, number>();
  for (const x of figures) totals.set(x.label, (totals.get(x.label) ?? 0) + x.value);
  return { achieved, totals: [...totals].map(([label, value]) => ({ label, value })) };
}
