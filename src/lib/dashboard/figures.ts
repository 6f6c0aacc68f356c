import { Prisma } from "@/generated/prisma/client";
import { uuidList } from "@/lib/db/uuid-list";
import type { ActivityStatus, TrafficLight } from "@/generated/prisma/enums";
import { PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { jointScopeSql, jointScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { compareSwedish } from "@/lib/format/intl";

/**
 * The figures of "are we keeping our promises and plan?", computed in SQL, for the dashboard
 * and the agreement report alike (one module feeds both, so their figures are equal).
 *
 * What counts: the rows of the agreement's adopted action plans and the activities of its
 * published (or completed) citizen promises. Each row is in exactly one state, decided by
 * the first that applies:
 *   cancelled    status CANCELLED (not counted in the total)
 *   done         status DONE
 *   late         its due date (dueOn, else the plan's or promise's end) has passed
 *   deviating    status DEVIATING, or a red traffic light
 *   notReported  no follow-up yet, or the latest says only "planned"
 *   onTrack      anything else: under way as planned
 * A row's status and traffic light are its latest follow-up's (syncActivityStatus).
 */
export const ROW_STATES = ["done", "onTrack", "deviating", "late", "notReported"] as const;
export type RowState = (typeof ROW_STATES)[number] | "cancelled";

export type StateCounts = Record<RowState, number> & { total: number };

export const emptyCounts = (): StateCounts => ({ done: 0, onTrack: 0, deviating: 0, late: 0, notReported: 0, cancelled: 0, total: 0 });

function add(into: StateCounts, state: RowState, n: number) {
  into[state] += n;
  if (state !== "cancelled") into.total += n;
}

/** The first day of `today` in UTC: a row due on that day is not late until the day after. */
export function startOfDay(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}

/** Rows neither late nor in need of attention any more. */
export const FINISHED: ActivityStatus[] = ["DONE", "CANCELLED"];

/** A row's due date as `late` above reads it: most measures name no date of their own and are due when their plan ends. */
export function dueDateOf(row: { dueOn: Date | null; actionPlan?: { periodEnd: Date } | null; promise?: { periodEnd: Date } | null }): Date | null {
  return row.dueOn ?? row.actionPlan?.periodEnd ?? row.promise?.periodEnd ?? null;
}

/** Late as the figures count it, for a row read with its plan's or promise's end (dueDateOf). */
export function isLateRow(row: Parameters<typeof dueDateOf>[0] & { status: ActivityStatus }, today: Date): boolean {
  const due = dueDateOf(row);
  return due !== null && due < startOfDay(today) && !FINISHED.includes(row.status);
}

/**
 * The same rule as a condition of a list's own query, so that a page and its total hold the
 * late rows only: the overview's lists mark a row late with isLateRow and must pick the same ones.
 */
export function lateRowsWhere(today: Date): Prisma.ActivityWhereInput {
  const day = startOfDay(today);
  return {
    status: { notIn: FINISHED },
    OR: [{ dueOn: { lt: day } }, { dueOn: null, actionPlan: { periodEnd: { lt: day } } }, { dueOn: null, promise: { periodEnd: { lt: day } } }],
  };
}

/**
 * The actor's scope as an SQL condition on an agreement aliased `ag`: administrators all,
 * police staff their police areas', officials their municipalities', forum members none
 * (they read the cycle only through a linked forum, not these figures).
 */
function agreementScopeSql(actor: Actor): Prisma.Sql {
  return actor.role === "FORUM_MEMBER" ? Prisma.sql`FALSE` : jointScopeSql(actor, "ag");
}

/** Every counted row of the given agreements, in the actor's scope, with its state: a CTE named `classified`. */
function classifiedSql(actor: Actor, agreementIds: string[], today: Date): Prisma.Sql {
  const day = startOfDay(today);
  return Prisma.sql`
    WITH scoped AS (
      SELECT ag.id, ag."municipalityId" FROM "Agreement" ag
      WHERE ag.id IN (${uuidList(agreementIds)}) AND ${agreementScopeSql(actor)}
    ),
    rows AS (
      SELECT s."municipalityId", s.id AS "agreementId", 'plan' AS "ownerKind", ap.id AS "ownerId", ap.title AS "ownerTitle",
             a.id, a.status, a.rating, COALESCE(a."dueOn", ap."periodEnd") AS due, a."goalId"
      FROM scoped s
      JOIN "ActionPlan" ap ON ap."agreementId" = s.id AND ap.status = 'ADOPTED'
      JOIN "Activity" a ON a."actionPlanId" = ap.id
      UNION ALL
      SELECT s."municipalityId", s.id, 'promise', p.id, p.title,
             a.id, a.status, a.rating, COALESCE(a."dueOn", p."periodEnd"), a."goalId"
      FROM scoped s
      JOIN "CitizenPromise" p ON p."agreementId" = s.id AND p.status IN ('PUBLISHED', 'COMPLETED')
      JOIN "Activity" a ON a."promiseId" = p.id
    ),
    classified AS (
      SELECT r.*, f."lastPeriod", f."lastReportedAt", COALESCE(g."parentId", g.id) AS "focusId",
             CASE
               WHEN r.status = 'CANCELLED' THEN 'cancelled'
               WHEN r.status = 'DONE' THEN 'done'
               WHEN r.due < ${day}::date THEN 'late'
               WHEN r.status = 'DEVIATING' OR r.rating = 'RED' THEN 'deviating'
               WHEN f."lastPeriod" IS NULL OR r.status = 'PLANNED' THEN 'notReported'
               ELSE 'onTrack'
             END AS state
      FROM rows r
      LEFT JOIN "Goal" g ON g.id = r."goalId"
      LEFT JOIN LATERAL (
        SELECT max(fu."periodStart") AS "lastPeriod", max(fu."createdAt") AS "lastReportedAt"
        FROM "ActivityFollowUp" fu WHERE fu."activityId" = r.id
      ) f ON true
    )`;
}

export interface ProgressGroup {
  municipalityId: string;
  agreementId: string;
  ownerKind: "plan" | "promise";
  ownerId: string;
  ownerTitle: string;
  /** The focus area (the top goal) the rows serve; null when they name no goal. */
  focusId: string | null;
  focusTitle: string | null;
  focusPosition: number | null;
  state: RowState;
  count: number;
  lastReportedAt: Date | null;
}

/** Rows counted by municipality, plan or promise, focus area and state: one aggregate query. */
export async function progressGroups(actor: Actor, agreementIds: string[], today = new Date()): Promise<ProgressGroup[]> {
  if (agreementIds.length === 0) return [];
  const prisma = await db();
  return prisma.$queryRaw<ProgressGroup[]>`
    ${classifiedSql(actor, agreementIds, today)}
    SELECT c."municipalityId"::text AS "municipalityId", c."agreementId"::text AS "agreementId", c."ownerKind", c."ownerId"::text AS "ownerId",
           c."ownerTitle", c."focusId"::text AS "focusId", fa.title AS "focusTitle", fa.position AS "focusPosition", c.state,
           count(*)::int AS count, max(c."lastReportedAt") AS "lastReportedAt"
    FROM classified c
    LEFT JOIN "Goal" fa ON fa.id = c."focusId"
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
}

export interface ClassifiedRow {
  id: string;
  agreementId: string;
  ownerKind: "plan" | "promise";
  ownerId: string;
  ownerTitle: string;
  focusId: string | null;
  status: ActivityStatus;
  rating: TrafficLight | null;
  due: Date | null;
  state: RowState;
  lastReportedAt: Date | null;
}

/** The same rows one by one, with the same state: for the report of one agreement. */
export async function classifiedRows(actor: Actor, agreementId: string, today = new Date(), limit = 2000): Promise<ClassifiedRow[]> {
  const prisma = await db();
  return prisma.$queryRaw<ClassifiedRow[]>`
    ${classifiedSql(actor, [agreementId], today)}
    SELECT c.id::text AS id, c."agreementId"::text AS "agreementId", c."ownerKind", c."ownerId"::text AS "ownerId", c."ownerTitle",
           c."focusId"::text AS "focusId", c.status::text AS status, c.rating::text AS rating, c.due, c.state, c."lastReportedAt"
    FROM classified c
    ORDER BY c."ownerKind", c."ownerTitle", c."ownerId", c.id
    LIMIT ${limit}`;
}

export interface FocusFigures {
  id: string | null;
  title: string | null;
  position: number | null;
  counts: StateCounts;
}
export interface OwnerFigures {
  kind: "plan" | "promise";
  id: string;
  title: string;
  counts: StateCounts;
  lastReportedAt: Date | null;
}
export interface AgreementFigures {
  agreementId: string;
  municipalityId: string;
  totals: StateCounts;
  byFocus: FocusFigures[];
  byOwner: OwnerFigures[];
  lastReportedAt: Date | null;
}

const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

/** Rolls the groups up per agreement: totals, per focus area (in the agreement's order; no goal last), per plan or promise. */
export function summariseGroups(groups: ProgressGroup[]): Map<string, AgreementFigures> {
  const out = new Map<string, AgreementFigures>();
  for (const g of groups) {
    let figures = out.get(g.agreementId);
    if (!figures) {
      figures = { agreementId: g.agreementId, municipalityId: g.municipalityId, totals: emptyCounts(), byFocus: [], byOwner: [], lastReportedAt: null };
      out.set(g.agreementId, figures);
    }
    add(figures.totals, g.state, g.count);
    figures.lastReportedAt = later(figures.lastReportedAt, g.lastReportedAt);
    let focus = figures.byFocus.find((f) => f.id === g.focusId);
    if (!focus) figures.byFocus.push((focus = { id: g.focusId, title: g.focusTitle, position: g.focusPosition, counts: emptyCounts() }));
    add(focus.counts, g.state, g.count);
    let owner = figures.byOwner.find((o) => o.id === g.ownerId);
    if (!owner) figures.byOwner.push((owner = { kind: g.ownerKind, id: g.ownerId, title: g.ownerTitle, counts: emptyCounts(), lastReportedAt: null }));
    add(owner.counts, g.state, g.count);
    owner.lastReportedAt = later(owner.lastReportedAt, g.lastReportedAt);
  }
  for (const f of out.values()) {
    f.byFocus.sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || compareSwedish(a.title ?? "", b.title ?? ""));
    f.byOwner.sort((a, b) => (a.kind === b.kind ? compareSwedish(a.title, b.title) : a.kind === "plan" ? -1 : 1));
  }
  return out;
}

/** Counts the rows of a report by focus area, the same way summariseGroups does: the test that both agree uses it. */
export function countRows(rows: Pick<ClassifiedRow, "state">[]): StateCounts {
  const counts = emptyCounts();
  for (const r of rows) add(counts, r.state, 1);
  return counts;
}

/**
 * The latest adopted agreement of each of the given municipalities the actor may read (in
 * force, or when none is, the one that ran out last, marked so: the work goes on while a
 * new one is prepared), with the figures of its plan rows and promises: two queries
 * whatever the data size.
 */
export async function currentAgreementFigures(actor: Actor, municipalityIds: string[], today = new Date()) {
  if (municipalityIds.length === 0 || actor.role === "FORUM_MEMBER") return [];
  const prisma = await db();
  const candidates = await prisma.agreement.findMany({
    // AND, not a spread: the scope's own municipalityId condition must not be overwritten by the one asked for.
    where: { AND: [jointScopeWhere(actor), { municipalityId: { in: municipalityIds }, status: { in: [...PUBLIC_AGREEMENT_STATUSES] } }] },
    orderBy: [{ municipalityId: "asc" }, { periodStart: "desc" }, { id: "asc" }],
    // Normally one current agreement per municipality; bounded all the same.
    take: municipalityIds.length * 5,
    select: { id: true, title: true, status: true, periodStart: true, periodEnd: true, municipality: { select: { id: true, name: true, slug: true } } },
  });
  const agreements = candidates.filter((a, i) => i === 0 || candidates[i - 1]!.municipality.id !== a.municipality.id);
  const figures = summariseGroups(await progressGroups(actor, agreements.map((a) => a.id), today));
  return agreements
    .map((a) => ({ agreement: a, figures: figures.get(a.id) ?? { agreementId: a.id, municipalityId: a.municipality.id, totals: emptyCounts(), byFocus: [], byOwner: [], lastReportedAt: null } }))
    .sort((a, b) => compareSwedish(a.agreement.municipality.name, b.agreement.municipality.name));
}

export type CurrentAgreementFigures = Awaited<ReturnType<typeof currentAgreementFigures>>[number];
