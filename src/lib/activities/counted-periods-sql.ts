import { Prisma } from "@/generated/prisma/client";
import { PERIOD_MONTHS } from "./periods";

/**
 * The rule of ./counted-periods.ts in SQL, for the queries that sum follow-up figures in the
 * database: of one activity's follow-ups, taken longest period first, one counts unless its
 * period overlaps one that already counts. The TypeScript rule walks the follow-ups one by one;
 * here each length is one step over all activities at once: every year counts, then a delår
 * counts unless a counted year of its activity overlaps it, then a half-year unless a counted
 * year or delår does, and so on down to the months. Each step is one anti-join against what
 * the steps before it counted, so the work grows with the number of follow-ups times the five
 * lengths. (A correlated NOT EXISTS per follow-up, nested once for each longer length, says the
 * same, but PostgreSQL then looks up the activity's follow-ups again for every follow-up: on a
 * batch of the open data's size, 1 000 activities with 13 000 follow-ups, it took about twice
 * as long as this, and its cost estimate made PostgreSQL compile it with JIT on larger sets.)
 *
 * Within one step the TypeScript rule also orders by start, and takes the earlier of two
 * follow-ups as long as each other that overlap. Saved periods start where their kind starts
 * (periodStartOf: tertials on 1 January, May and September, and so on), so two follow-ups of
 * one length never overlap, and both rules count the same follow-ups.
 *
 * Checking only "no longer follow-up overlaps it" would not be the same rule: of delår
 * (January–August), the second half-year and the third tertial, the half-year does not count
 * (delår covers its July and August), so the tertial, which overlaps only the half-year, does.
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
 * A query of the ids of the follow-ups whose figures count, among `followUps`: a query of
 * "ActivityFollowUp" rows with at least id, "activityId", "periodType" and "periodStart"
 * (normally all follow-ups of the activities being summed: the rule compares an activity's
 * follow-ups with each other). Use it as a CTE or a subquery, e.g. `counted AS (${...})`.
 */
export function countedFollowUpIdsSql(followUps: Prisma.Sql): Prisma.Sql {
  // counted_<n>: what the first n steps counted; step n takes the n-th length's follow-ups
  // that no follow-up counted before overlaps.
  const steps = LENGTHS.map((months, i) => {
    const step = Prisma.sql`SELECT c.id, c."activityId", c.period FROM candidates c WHERE c.months = ${Prisma.raw(String(months))}`;
    const before = Prisma.raw(`counted_${i}`);
    const body =
      i === 0
        ? step
        : Prisma.sql`SELECT * FROM ${before}
          UNION ALL
          ${step} AND NOT EXISTS (SELECT 1 FROM ${before} l WHERE l."activityId" = c."activityId" AND l.period && c.period)`;
    return Prisma.sql`${Prisma.raw(`counted_${i + 1}`)} AS (${body})`;
  });
  return Prisma.sql`WITH candidates AS MATERIALIZED (
      SELECT f.id, f."activityId", ${monthsSql("f")} AS months, ${periodSql("f")} AS period FROM (${followUps}) f
    ),
    ${Prisma.join(steps, ",\n    ")}
    SELECT id FROM ${Prisma.raw(`counted_${LENGTHS.length}`)}`;
}
