// An activity followed up per month and again per tertial, delår or year: the follow-ups'
// periods overlap, and every place that sums their figures must count each month once (the
// rule of src/lib/activities/counted-periods.ts, in SQL src/lib/activities/counted-periods-sql.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as csvExport } from "@/app/api/public/v1/promises.csv/route";
import { Prisma } from "@/generated/prisma/client";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import { countedFigureIdsSql } from "@/lib/activities/counted-periods-sql";
import { activityProgress } from "@/lib/activities/progress";
import type { Actor } from "@/lib/auth/actor";
import { currentAgreementFigures } from "@/lib/dashboard/figures";
import { database, db } from "@/lib/db";
import { buildPromiseSnapshot } from "@/lib/promises/snapshot";
import { findPublicPromise, openDataRows } from "@/lib/public/promises";
import { agreementReport, parseReportPeriod } from "@/lib/reports/agreement-report";
import { otherMunicipality } from "./helpers/world";

let world: Awaited<ReturnType<typeof otherMunicipality>>;
let official: Actor;
let agreementId: string, promiseSlug: string;
/**
 * A month inside a tertial; delår, the second half-year, the third tertial and a month; four
 * months and their year; three months with their count inside a tertial that reports none.
 */
const ids = { monthInTertial: "", delarAndAfter: "", monthsAndYear: "", tertialWithoutCount: "" };

/** Period, start, courses (null: the follow-up gives no count), participants. */
type FollowUp = [ReportingPeriod, string, number | null, number?];
const sumOf = (figures: { value: number }[]) => figures.reduce((sum, x) => sum + x.value, 0);

beforeAll(async () => {
  const prisma = await db();
  world = await otherMunicipality();
  official = world.official;
  const tag = randomUUID().slice(0, 6);
  const period = { periodStart: new Date("2025-01-01"), periodEnd: new Date("2026-12-31") };
  const agreement = await prisma.agreement.create({ data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, title: `Avtal ${tag}`, status: "ACTIVE", ...period } });
  agreementId = agreement.id;
  const focus = await prisma.goal.create({ data: { agreementId, position: 1, title: "A. Trygg stadskärna" } });
  const plan = await prisma.actionPlan.create({ data: { agreementId, title: `Åtgärdsplan ${tag}`, status: "ADOPTED", ...period } });
  promiseSlug = `lofte-${tag}`;
  const promise = await prisma.citizenPromise.create({
    data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, agreementId, slug: promiseSlug, title: `Löfte ${tag}`, focus: "PLACE", status: "PUBLISHED", ...period },
  });

  const activity = async (owner: { promiseId: string } | { actionPlanId: string }, position: number, followUps: FollowUp[]) => {
    const a = await prisma.activity.create({
      data: { ...owner, goalId: focus.id, position, title: `Kurser ${position}`, status: "ONGOING", targetValue: 20, targetUnit: "kurser" },
    });
    for (const [periodType, periodStart, courses, participants] of followUps) {
      await prisma.activityFollowUp.create({
        data: {
          activityId: a.id,
          periodType,
          periodStart: new Date(periodStart),
          status: "ONGOING",
          createdById: world.official.id,
          figures: {
            create: [
              ...(courses === null ? [] : [{ label: "kurser", value: courses, countsTowardsTarget: true }]),
              ...(participants === undefined ? [] : [{ label: "deltagare", value: participants, countsTowardsTarget: false }]),
            ],
          },
        },
      });
    }
    return a;
  };
  const a1 = await activity({ promiseId: promise.id }, 0, [
    ["MONTH", "2025-02-01", 1, 10],
    ["TERTIAL", "2025-01-01", 3, 30],
  ]);
  const a2 = await activity({ promiseId: promise.id }, 1, [
    ["INTERIM", "2025-01-01", 8],
    ["HALF_YEAR", "2025-07-01", 6],
    ["TERTIAL", "2025-09-01", 3],
    ["MONTH", "2025-10-01", 1],
  ]);
  const a3 = await activity({ actionPlanId: plan.id }, 0, [
    ["MONTH", "2025-01-01", 1],
    ["MONTH", "2025-02-01", 1],
    ["MONTH", "2025-03-01", 1],
    ["MONTH", "2025-04-01", 1],
    ["YEAR", "2025-01-01", 12],
  ]);
  // The tertial is a summary: participants, a status and text, but no count of its own.
  const a4 = await activity({ promiseId: promise.id }, 2, [
    ["TERTIAL", "2025-01-01", null, 45],
    ["MONTH", "2025-02-01", 1, 10],
    ["MONTH", "2025-03-01", 1, 10],
    ["MONTH", "2025-04-01", 1, 10],
  ]);
  Object.assign(ids, { monthInTertial: a1.id, delarAndAfter: a2.id, monthsAndYear: a3.id, tertialWithoutCount: a4.id });

  const snapshot = buildPromiseSnapshot({
    ...promise,
    signatories: [],
    basisDocs: [],
    goals: [],
    dialogues: [],
    activities: [a1, a2, a4].map((a) => ({ ...a, targetValue: a.targetValue, targetUnit: a.targetUnit })),
  });
  await prisma.promisePublication.create({ data: { promiseId: promise.id, promiseVersion: 1, snapshot: snapshot as never } });
});
afterAll(async () => (await database()).close());

describe("follow-ups of overlapping periods", () => {
  it("count a month and its tertial once on the public promise page", async () => {
    const page = (await findPublicPromise(world.municipality.slug, promiseSlug))!;
    expect(page.progress[ids.monthInTertial]).toMatchObject({
      achieved: 3,
      percent: 15,
      totals: [
        { label: "kurser", value: 3 },
        { label: "deltagare", value: 30 },
      ],
    });
    // The latest period still gives the news: the month, which starts after the tertial.
    expect(page.progress[ids.monthInTertial]!.lastPeriod?.toISOString().slice(0, 10)).toBe("2025-02-01");
    // Delår (8) and the third tertial (3): the second half-year overlaps delår, the month the tertial.
    expect(page.progress[ids.delarAndAfter]!.achieved).toBe(11);
    // A tertial without a count leaves the months' count; its participants replace theirs.
    expect(page.progress[ids.tertialWithoutCount]).toMatchObject({
      achieved: 3,
      totals: [
        { label: "deltagare", value: 45 },
        { label: "kurser", value: 3 },
      ],
    });
  });

  it("count them once in the open data, aggregated in SQL, as on the page", async () => {
    const [row] = (await openDataRows(world.municipality.slug)).filter((r) => r.promise_slug === promiseSlug);
    expect(row!.activities.map((a) => [a.activity_id, a.achieved_value, a.last_reported_period])).toEqual([
      [ids.monthInTertial, 3, "2025-02-01"],
      [ids.delarAndAfter, 11, "2025-10-01"],
      [ids.tertialWithoutCount, 3, "2025-04-01"],
    ]);
    const response = await csvExport(new Request(`http://portal.test/api/public/v1/promises.csv?municipality=${world.municipality.slug}`));
    const [header, ...lines] = (await response.text()).replace(/^\uFEFF/, "").trim().split("\n");
    const column = header!.split(",").indexOf("achieved_value");
    expect(lines.map((l) => l.split(",")[column])).toEqual(["3", "11", "3"]);
  });

  it("count them once in the agreement report, within the period and to its end", async () => {
    const report = async (key: string) => {
      const r = (await agreementReport(official, agreementId, parseReportPeriod(key)!, new Date("2026-02-01")))!;
      return Object.fromEntries(r.rows.map((row) => [row.id, row]));
    };
    const t1 = await report("T1-2025");
    expect([t1[ids.monthInTertial]!.achievedInPeriod, t1[ids.monthInTertial]!.achievedToDate]).toEqual([3, 3]);
    expect(t1[ids.monthInTertial]!.figures).toEqual([
      { label: "kurser", value: 3 },
      { label: "deltagare", value: 30 },
    ]);
    // Every follow-up of the period is still listed: only the sums leave the month out.
    expect(t1[ids.monthInTertial]!.periodFollowUps.map((f) => f.periodType)).toEqual(["TERTIAL", "MONTH"]);
    // The year is not inside the first tertial, so the tertial's four months count there, to date as well.
    expect([t1[ids.monthsAndYear]!.achievedInPeriod, t1[ids.monthsAndYear]!.achievedToDate]).toEqual([4, 4]);
    // The tertial without a count: the months' count, the tertial's participants.
    expect([t1[ids.tertialWithoutCount]!.achievedInPeriod, t1[ids.tertialWithoutCount]!.achievedToDate]).toEqual([3, 3]);
    expect(t1[ids.tertialWithoutCount]!.figures).toEqual([
      { label: "deltagare", value: 45 },
      { label: "kurser", value: 3 },
    ]);

    const year = await report("2025");
    expect([year[ids.monthsAndYear]!.achievedInPeriod, year[ids.monthsAndYear]!.achievedToDate]).toEqual([12, 12]);
    expect([year[ids.delarAndAfter]!.achievedInPeriod, year[ids.delarAndAfter]!.achievedToDate]).toEqual([11, 11]);
    expect([year[ids.tertialWithoutCount]!.achievedInPeriod, year[ids.tertialWithoutCount]!.achievedToDate]).toEqual([3, 3]);
    const delar = await report("D2-2025");
    // Delår 2 holds delår and nothing after August.
    expect(delar[ids.delarAndAfter]!.achievedInPeriod).toBe(8);
  });

  it("are counted alike in SQL and in TypeScript, whatever periods an activity was followed up for and whatever figures each gives", async () => {
    // Every kind of period in two years, each reported or not by a fixed pseudo-random draw.
    const periods: [ReportingPeriod, number][] = [
      ["YEAR", 0],
      ["INTERIM", 0],
      ["HALF_YEAR", 0],
      ["HALF_YEAR", 6],
      ["TERTIAL", 0],
      ["TERTIAL", 4],
      ["TERTIAL", 8],
      ...Array.from({ length: 12 }, (_, m): [ReportingPeriod, number] => ["MONTH", m]),
    ];
    const chance: Record<ReportingPeriod, number> = { YEAR: 0.15, INTERIM: 0.2, HALF_YEAR: 0.25, TERTIAL: 0.35, MONTH: 0.5 };
    let seed = 20260101;
    const draw = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // A follow-up gives the count or not (under the unit it had when saved), and each other
    // label or not: some give no figure at all, some the same label twice, one spelt
    // "Deltagare", one "kurser" like the unit but not towards the target.
    const figuresDrawn = () => [
      ...(draw() < 0.7 ? [{ label: draw() < 0.8 ? "kurser" : "utbildningar", value: 1 + Math.floor(draw() * 9), countsTowardsTarget: true }] : []),
      ...["deltagare", "deltagare", "Deltagare", "vandringar", "kurser"]
        .filter((_, i) => draw() < [0.5, 0.05, 0.15, 0.3, 0.05][i]!)
        .map((label) => ({ label, value: 1 + Math.floor(draw() * 50), countsTowardsTarget: false })),
    ];
    const prisma = await db();
    const tag = randomUUID().slice(0, 6);
    const promise = await prisma.citizenPromise.create({
      data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, slug: `slump-${tag}`, title: `Slump ${tag}`, focus: "PLACE", status: "PUBLISHED", periodStart: new Date("2025-01-01"), periodEnd: new Date("2026-12-31") },
    });
    const activities = Array.from({ length: 150 }, (_, i) => ({ id: randomUUID(), promiseId: promise.id, position: i, title: `Aktivitet ${i}`, targetValue: 100, targetUnit: "kurser" }));
    await prisma.activity.createMany({ data: activities });
    const followUps = activities.flatMap((a) =>
      [2025, 2026].flatMap((year) =>
        periods
          .filter(([type]) => draw() < chance[type])
          .map(([periodType, month]) => ({
            id: randomUUID(),
            activityId: a.id,
            periodType,
            periodStart: new Date(Date.UTC(year, month, 1)),
            status: "ONGOING" as const,
            figures: figuresDrawn(),
          })),
      ),
    );
    await prisma.activityFollowUp.createMany({ data: followUps.map(({ figures: _, ...f }) => f) });
    await prisma.followUpFigure.createMany({ data: followUps.flatMap((f) => f.figures.map((x) => ({ followUpId: f.id, ...x }))) });
    const snapshot = buildPromiseSnapshot({ ...promise, signatories: [], basisDocs: [], goals: [], dialogues: [], activities: activities.map((a) => ({ ...a, scope: "", timing: "", responsible: "", followUp: "", evaluation: "" })) });
    await prisma.promisePublication.create({ data: { promiseId: promise.id, promiseVersion: 1, snapshot: snapshot as never } });

    const of = (a: { id: string }) => followUps.filter((f) => f.activityId === a.id);
    const expected = activities.map((a) => [a.id, activityProgress(a, of(a)).achieved]);
    const [row] = (await openDataRows(world.municipality.slug)).filter((r) => r.promise_slug === promise.slug);
    expect(row!.activities.map((a) => [a.activity_id, a.achieved_value])).toEqual(expected);
    // The draw gives overlapping periods, and the rule leaves some counts out.
    const all = activities.map((a) => sumOf(of(a).flatMap((f) => f.figures.filter((x) => x.countsTowardsTarget))));
    expect(expected.filter(([, achieved], i) => achieved !== all[i]).length).toBeGreaterThan(50);
    expect(followUps.filter((f) => !f.figures.some((x) => x.countsTowardsTarget)).length).toBeGreaterThan(200);

    // Every label's total, from the figures the SQL counts, as activityProgress has it.
    const sqlTotals = await prisma.$queryRaw<{ activityId: string; label: string; value: number }[]>`
      WITH x AS MATERIALIZED (
        SELECT x.id, x.label, x.value, x."countsTowardsTarget", f."activityId", f."periodType", f."periodStart"
        FROM "FollowUpFigure" x
        JOIN "ActivityFollowUp" f ON f.id = x."followUpId"
        JOIN "Activity" a ON a.id = f."activityId"
        WHERE a."promiseId" = ${promise.id}::uuid
      ),
      counted AS (${countedFigureIdsSql(Prisma.sql`SELECT * FROM x`)})
      SELECT x."activityId"::text AS "activityId", x.label, sum(x.value)::int AS value FROM x JOIN counted ON counted.id = x.id GROUP BY x."activityId", x.label`;
    const asLines = (rows: { activityId: string; label: string; value: number }[]) => rows.map((r) => `${r.activityId} ${r.label} ${r.value}`).sort();
    expect(asLines(sqlTotals)).toEqual(asLines(activities.flatMap((a) => activityProgress(a, of(a)).totals.map((t) => ({ activityId: a.id, ...t })))));
  });

  it("leave the dashboard's row counts as they were: a row is one row however many follow-ups it has", async () => {
    const [item] = await currentAgreementFigures(official, official.municipalityIds, new Date("2026-02-01"));
    expect(item!.figures.totals.total).toBe(4);
  });
});
