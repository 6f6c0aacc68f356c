import { Prisma } from "@/generated/prisma/client";
import { PERIOD_MONTHS } from "./periods";

/**
 * The rule of ./counted-periods.ts in SQL, for the queries that sum follow-up figures in the
 * database: for each activity and figure (the count towards the target, or another figure's
 * label), of the follow-ups that give that figure, taken longest period first, one's value
 * counts unless its period overlaps one already counted for that figure. The TypeScript rule
 * walks the follow-ups one by one; here each length is one step over all activities and
 * figures at once: every year's figure counts, then a delår's counts unless a counted year of
 * its activity with the same figure overlaps it, then a half-year's unless such a year or delår
 * does, and so on down to the months. Each step is one anti-join against what the steps before
 * it counted, so the work grows with the number of figures times the five lengths. (A
 * correlated NOT EXISTS per candidate, nested once for each longer length, says the same, but
 * PostgreSQL then looks up the activity's candidates again for every one: measured when the
 * candidates were follow-ups, on a batch of the open data's size, 1 000 activities with
 * 13 000 follow-ups, it took about twice as long as this, and its cost estimate made
 * PostgreSQL compile it with JIT on larger sets.)
 *
 * The candidates are figure rows, each with its follow-up's activity and period, not
 * follow-ups: a follow-up that gives no value for a figure is then simply no candidate for it,
 * and so does not wipe out the shorter periods' values (a tertial summed up in words over
 * months that gave a count). A follow-up that gives one label twice is two candidates of the
 * same length and period: no earlier step distinguishes them, so both count or neither, as in
 * TypeScript. Figures do not affect each other, so a query that sums one figure may pass only
 * that figure's rows.
 *
 * Within one step the TypeScript rule also orders by start, and takes the earlier of two
 * follow-ups as long as each other that overlap. Saved periods start where their kind starts
 * (periodStartOf: tertials on 1 January, May and September, and so on), so two follow-ups of
 * one length never overlap, and both rules count the same figures.
 *
 * Checking only "no longer follow-up with the figure overlaps it" would not be the same rule:
 * of delår (January–August), the second half-year and the third tertial, the half-year does
 * not count (delår covers its July and August), so the tertial, which overlaps only the
 * half-year, does.
 */

/** The months a follow-up aliased `f` lasts, from the same table periodEndOf uses. */
const monthsSql = (f: string) =>
  Prisma.raw(`(CASE ${f}."periodType"::text ${Object.entries(PERIOD_MONTHS).map(([type, months]) => `WHEN '${type}' THEN ${months}`).join(" ")} END)`);

/** The period of the follow-up aliased `f` as a range of days: [its start, the first day after it). */
const periodSql = (f: string) => {
  const start = Prisma.raw(`${f}."periodStart"`);
  return Prisma.sql`daterange(${start}, (${start} + make_interval(months => ${monthsSql(f)}))::date)`;
};

/** The lengths in months, longest first: the order of the steps. */
const LENGTHS = [...new Set(Object.values(PERIOD_MONTHS))].sort((a, b) => b - a);

/**
 * A query of the ids of the figures that count, among `figures`: a query of "FollowUpFigure"
 * rows with at least id, "countsTowardsTarget" and label, each with its follow-up's
 * "activityId", "periodType" and "periodStart" (normally every figure of the activities being
 * summed, or every figure of the kind being summed: the rule compares an activity's figures
 * of one kind with each other). Use it as a CTE or a subquery, e.g. `counted AS (${...})`.
 */
export function countedFigureIdsSql(figures: Prisma.Sql): Prisma.Sql {
  // counted_<n>: what the first n steps counted; step n takes the n-th length's figures that
  // no figure of the same activity and kind counted before overlaps. The kind is the pair
  // (target, label): the count towards the target whatever its label (label '' there), or a label.
  const steps = LENGTHS.map((months, i) => {
    const step = Prisma.sql`SELECT c.id, c."activityId", c.target, c.label, c.period FROM candidates c WHERE c.months = ${Prisma.raw(String(months))}`;
    const before = Prisma.raw(`counted_${i}`);
    const body =
      i === 0
        ? step
        : Prisma.sql`SELECT * FROM ${before}
          UNION ALL
          ${step} AND NOT EXISTS (
            SELECT 1 FROM ${before} l WHERE l."activityId" = c."activityId" AND l.target = c.target AND l.label = c.label AND l.period && c.period
          )`;
    return Prisma.sql`${Prisma.raw(`counted_${i + 1}`)} AS (${body})`;
  });
  return Prisma.sql`WITH candidates AS MATERIALIZED (
      SELECT x.id, x."activityId", x."countsTowardsTarget" AS target, CASE WHEN x."countsTowardsTarget" THEN '' ELSE x.label END AS label,
             ${monthsSql("x")} AS months, ${periodSql("x")} AS period
      FROM (${figures}) x
    ),
    ${Prisma.join(steps, ",\n    ")}
    SELECT id FROM ${Prisma.raw(`counted_${LENGTHS.length}`)}`;
}
