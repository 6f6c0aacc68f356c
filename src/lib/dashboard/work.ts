import { Prisma } from "@/generated/prisma/client";
import { uuidList } from "@/lib/db/uuid-list";
import type { Prisma as PrismaTypes } from "@/generated/prisma/client";
import { PERIOD_MONTHS, periodEndOf, periodStartOf } from "@/lib/activities/periods";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { titleRecordedIn } from "@/lib/audit/readable";
import { recordedChanges } from "@/lib/audit/changes";
import { actionPlanScopeWhere, jointScopeWhere } from "@/lib/auth/scope";
import { cycleStatus, type CycleItem } from "@/lib/cycle/status";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/forums/rules";
import { readPage, toPage, type Page } from "@/lib/pagination/page";
import { DASHBOARD_MAX, WORK_PAGE_SIZE } from "./queries";
import { dueDateOf, isLateRow, startOfDay } from "./figures";
import { compareSwedish } from "@/lib/format/intl";

/**
 * The rest of the dashboard: what is the actor's to do (plan rows, follow-ups due, meetings),
 * what their forums have open, what changed lately, and the administrator's national view.
 * Every function runs a fixed number of queries and reads at most DASHBOARD_MAX rows (the
 * actor's own rows WORK_PAGE_SIZE a page).
 */

/** Plan rows and promise activities that count (adopted plans, published promises) that the actor's organisation is responsible for and that are not finished. */
function myRowsWhere(actor: Actor): PrismaTypes.ActivityWhereInput {
  return {
    responsibleOrgs: { some: { organisationId: actor.organisation.id } },
    status: { notIn: ["DONE", "CANCELLED"] },
    OR: [
      { actionPlan: { status: "ADOPTED", ...actionPlanScopeWhere(actor) } },
      { promise: { status: { in: ["PUBLISHED", "COMPLETED"] }, ...jointScopeWhere(actor) } },
    ],
  };
}

const rowSelect = {
  id: true,
  title: true,
  dueOn: true,
  status: true,
  rating: true,
  actionPlan: { select: { id: true, title: true, periodEnd: true } },
  promise: { select: { id: true, title: true, periodEnd: true } },
} as const;

type RowRecord = PrismaTypes.ActivityGetPayload<{ select: typeof rowSelect }>;

/** A row as the dashboard lists it: its own due date (or its plan's or promise's end), late or not, and where to report on it. */
function asWorkRow(row: RowRecord, today: Date) {
  const due = dueDateOf(row);
  const owner = row.actionPlan ? { kind: "plan" as const, ...row.actionPlan } : { kind: "promise" as const, ...row.promise! };
  return {
    id: row.id,
    title: row.title,
    due,
    late: isLateRow(row, today),
    status: row.status,
    rating: row.rating,
    owner: { kind: owner.kind, id: owner.id, title: owner.title },
    // A measure's follow-up page shows it whatever the plan's state; its edit page only while it is a draft.
    href: owner.kind === "plan" ? `/atgardsplaner/${owner.id}/atgarder/${row.id}/uppfoljning` : `/loften/${owner.id}`,
    reportHref: owner.kind === "plan" ? `/atgardsplaner/${owner.id}/atgarder/${row.id}/uppfoljning` : `/loften/${owner.id}/aktiviteter/${row.id}/uppfoljning`,
  };
}

export type WorkRow = ReturnType<typeof asWorkRow>;

const dueFirst: PrismaTypes.ActivityOrderByWithRelationInput[] = [{ dueOn: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }];

/** The actor's unfinished plan rows and promise activities, due first, a page at a time with how many there are. */
export async function myPlanRows(actor: Actor, today = new Date(), page = 1) {
  return workRowsPage(myRowsWhere(actor), today, page);
}

/** Rows matching `where`, due first, a page at a time, as the dashboard lists them. */
async function workRowsPage(where: PrismaTypes.ActivityWhereInput, today: Date, page: number): Promise<Page<WorkRow>> {
  const prisma = await db();
  const found = await readPage(
    page,
    (window) => prisma.activity.findMany({ where, orderBy: dueFirst, ...window, select: rowSelect }),
    () => prisma.activity.count({ where }),
    WORK_PAGE_SIZE,
  );
  return { ...found, rows: found.rows.map((r) => asWorkRow(r, today)) };
}

/** The reporting period follow-ups are due for: the current tertial (January, May, September). */
export function currentReportingPeriod(today = new Date()) {
  return { type: "TERTIAL" as const, start: periodStartOf("TERTIAL", today) };
}

/**
 * The longer periods that take in the whole of the current one: the year, and the delår or a
 * half-year when the current tertial lies inside it. A follow-up for one of them reports on
 * the current period too.
 */
function periodsCovering(period: ReturnType<typeof currentReportingPeriod>): PrismaTypes.ActivityFollowUpWhereInput[] {
  const end = periodEndOf(period.type, period.start);
  return (Object.keys(PERIOD_MONTHS) as ReportingPeriod[])
    .filter((type) => PERIOD_MONTHS[type] > PERIOD_MONTHS[period.type] && periodEndOf(type, period.start) >= end)
    .map((type) => ({ periodType: type, periodStart: periodStartOf(type, period.start) }));
}

/**
 * The actor's unfinished rows with no follow-up yet for the current tertial, one starting in
 * it or later or one for a longer period covering it: each a click from its follow-up form.
 */
export async function followUpsDue(actor: Actor, today = new Date(), page = 1) {
  const period = currentReportingPeriod(today);
  const reported: PrismaTypes.ActivityFollowUpWhereInput = { OR: [{ periodStart: { gte: period.start } }, ...periodsCovering(period)] };
  const where: PrismaTypes.ActivityWhereInput = { ...myRowsWhere(actor), followUps: { none: reported } };
  return { period, ...(await workRowsPage(where, today, page)) };
}

/** The next planned meetings of the actor's forums. */
export async function nextMeetings(actor: Actor, now = new Date(), take = 10) {
  if (actor.forumIds.length === 0) return [];
  const prisma = await db();
  return prisma.meeting.findMany({
    where: { forumId: { in: actor.forumIds }, status: "PLANNED", startsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, startsAt: true, location: true, forum: { select: { id: true, name: true } } },
  });
}

/**
 * The actor's forums' open action items (due first, with the count and how many are late)
 * and each forum's latest situational picture: three queries.
 */
export async function forumWork(actor: Actor, today = new Date()) {
  if (actor.forumIds.length === 0) return { items: [], total: 0, late: 0, pictures: [] };
  const prisma = await db();
  const where = { forumId: { in: actor.forumIds }, status: { in: [...OPEN_STATUSES] } };
  const [items, total, late, pictures] = await Promise.all([
    prisma.actionItem.findMany({
      where,
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: DASHBOARD_MAX,
      select: { id: true, title: true, dueOn: true, status: true, forum: { select: { id: true, name: true } } },
    }),
    prisma.actionItem.count({ where }),
    prisma.actionItem.count({ where: { ...where, dueOn: { lt: startOfDay(today) } } }),
    prisma.$queryRaw<{ id: string; forumId: string; forumName: string; weekOf: Date; summary: string; entries: number }[]>`
      SELECT DISTINCT ON (sp."forumId") sp.id::text AS id, sp."forumId"::text AS "forumId", f.name AS "forumName", sp."weekOf", sp.summary,
             (SELECT count(*)::int FROM "SituationalPictureEntry" e WHERE e."pictureId" = sp.id) AS entries
      FROM "SituationalPicture" sp JOIN "Forum" f ON f.id = sp."forumId"
      WHERE sp."forumId" IN (${uuidList(actor.forumIds)})
      ORDER BY sp."forumId", sp."weekOf" DESC
      LIMIT ${DASHBOARD_MAX}`,
  ]);
  pictures.sort((a, b) => b.weekOf.getTime() - a.weekOf.getTime() || compareSwedish(a.forumName, b.forumName));
  return { items, total, late, pictures };
}

/** Joint records whose changes the dashboard shows (never forum records: those are for the forum's members). */
const CHANGE_TYPES = ["Agreement", "Goal", "CitizenPromise", "Activity", "ActivityFollowUp", "ActionPlan", "SituationalAnalysis", "Indicator", "Decision", "CitizenDialogue"];

/** One of the latest changes, as the dashboard shows it: which record, what it belongs to, who, when, which fields. */
export interface RecentChange {
  id: string;
  at: Date;
  action: string;
  /** The kind of record ("ActivityFollowUp"): the catalogue names it (admin.audit.entityTypes). */
  entityType: string;
  /** The record's title (a follow-up: its row's; an indicator: its name; a decision: its body and case number), as it is now. */
  title: string | null;
  /** The record is gone (deleted since); `title` is then the one the entry recorded, if any. */
  gone: boolean;
  /** What it belongs to: a goal's or decision's agreement (or plan), a row's or follow-up's plan or promise, an indicator's lägesbild. */
  context: string | null;
  /** A follow-up's period. */
  period: { type: ReportingPeriod; start: Date } | null;
  /** Where the record is read; null when it is gone. */
  href: string | null;
  by: string | null;
  municipality: string | null;
  /** The fields the entry recorded, as the code named them (the page names them through the catalogue). */
  fields: string[];
}

type ChangeRecord = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  changes: unknown;
  by: string | null;
  municipality: string | null;
  title: string | null;
  context: string | null;
  periodType: ReportingPeriod | null;
  periodStart: Date | null;
  href: string | null;
};

/**
 * The latest changes to the joint records of the actor's municipalities, each with the title
 * of its record (or of the record it belongs to), who made it and the municipality's name: one
 * statement, whatever the kinds of record. The record is looked up by the kind the entry names,
 * through its primary key; an entry whose id is not a record id names nothing.
 */
export async function recentChanges(actor: Actor, take = 10): Promise<RecentChange[]> {
  if (actor.role === "FORUM_MEMBER" || actor.municipalityIds.length === 0) return [];
  const prisma = await db();
  const entries = await prisma.$queryRaw<ChangeRecord[]>`
    WITH recent AS (
      SELECT l.id, l.at, l.action, l."entityType", l."userId", l."municipalityId", l.changes,
             CASE WHEN l."entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN l."entityId"::uuid END AS eid
      FROM "AuditLog" l
      WHERE l."municipalityId" IN (${uuidList(actor.municipalityIds)})
        AND l."entityType" IN (${Prisma.join(CHANGE_TYPES)})
      ORDER BY l.at DESC, l.id DESC
      LIMIT ${take}
    )
    SELECT r.id::text AS id, r.at, r.action, r."entityType", r.changes, u.name AS "by", m.name AS municipality,
           rec.title, rec.context, rec."periodType", rec."periodStart", rec.href
    FROM recent r
    LEFT JOIN "User" u ON u.id = r."userId"
    LEFT JOIN "Municipality" m ON m.id = r."municipalityId"
    LEFT JOIN LATERAL (
      SELECT x.title, NULL::text AS context, NULL::text AS "periodType", NULL::date AS "periodStart", '/avtal/' || x.id AS href
      FROM "Agreement" x WHERE r."entityType" = 'Agreement' AND x.id = r.eid
      UNION ALL
      SELECT x.title, ag.title, NULL, NULL, '/avtal/' || ag.id
      FROM "Goal" x JOIN "Agreement" ag ON ag.id = x."agreementId" WHERE r."entityType" = 'Goal' AND x.id = r.eid
      UNION ALL
      SELECT x.title, NULL, NULL, NULL, '/loften/' || x.id
      FROM "CitizenPromise" x WHERE r."entityType" = 'CitizenPromise' AND x.id = r.eid
      UNION ALL
      SELECT x.title, COALESCE(ap.title, p.title), NULL, NULL,
             CASE WHEN ap.id IS NOT NULL THEN '/atgardsplaner/' || ap.id || '/atgarder/' || x.id || '/uppfoljning' ELSE '/loften/' || p.id END
      FROM "Activity" x LEFT JOIN "ActionPlan" ap ON ap.id = x."actionPlanId" LEFT JOIN "CitizenPromise" p ON p.id = x."promiseId"
      WHERE r."entityType" = 'Activity' AND x.id = r.eid
      UNION ALL
      -- Named by the period the entry recorded (a create, or a change of period), as the history
      -- pages name it, else by the follow-up's period now.
      SELECT a.title, COALESCE(ap.title, p.title),
             COALESCE(r.changes->'period'->'to'->>'type', x."periodType"::text),
             COALESCE((r.changes->'period'->'to'->>'start')::timestamptz::date, x."periodStart"),
             CASE WHEN ap.id IS NOT NULL THEN '/atgardsplaner/' || ap.id || '/atgarder/' || a.id || '/uppfoljning' ELSE '/loften/' || p.id || '/aktiviteter/' || a.id || '/uppfoljning' END
      FROM "ActivityFollowUp" x JOIN "Activity" a ON a.id = x."activityId"
      LEFT JOIN "ActionPlan" ap ON ap.id = a."actionPlanId" LEFT JOIN "CitizenPromise" p ON p.id = a."promiseId"
      WHERE r."entityType" = 'ActivityFollowUp' AND x.id = r.eid
      UNION ALL
      SELECT x.title, ag.title, NULL, NULL, '/atgardsplaner/' || x.id
      FROM "ActionPlan" x JOIN "Agreement" ag ON ag.id = x."agreementId" WHERE r."entityType" = 'ActionPlan' AND x.id = r.eid
      UNION ALL
      SELECT x.title, NULL, NULL, NULL, '/lagesbild/' || x.id
      FROM "SituationalAnalysis" x WHERE r."entityType" = 'SituationalAnalysis' AND x.id = r.eid
      UNION ALL
      SELECT x.name, sa.title, NULL, NULL, '/lagesbild/' || sa.id
      FROM "Indicator" x JOIN "SituationalAnalysis" sa ON sa.id = x."analysisId" WHERE r."entityType" = 'Indicator' AND x.id = r.eid
      UNION ALL
      SELECT concat_ws(' ', x.body, x."caseNumber", x.paragraph), COALESCE(ap.title, ag.title), NULL, NULL,
             CASE WHEN ag.id IS NOT NULL THEN '/avtal/' || ag.id WHEN ap.id IS NOT NULL THEN '/atgardsplaner/' || ap.id END
      FROM "Decision" x LEFT JOIN "Agreement" ag ON ag.id = x."agreementId" LEFT JOIN "ActionPlan" ap ON ap.id = x."actionPlanId"
      WHERE r."entityType" = 'Decision' AND x.id = r.eid
      UNION ALL
      SELECT x.title, NULL, NULL, NULL, '/dialoger/' || x.id
      FROM "CitizenDialogue" x WHERE r."entityType" = 'CitizenDialogue' AND x.id = r.eid
    ) rec ON true
    ORDER BY r.at DESC, r.id DESC`;
  return entries.map((e) => {
    const changes = recordedChanges(e.changes);
    return {
      id: e.id,
      at: e.at,
      action: e.action,
      entityType: e.entityType,
      title: e.title ?? titleRecordedIn(changes),
      gone: e.title === null,
      context: e.context,
      period: e.periodType && e.periodStart ? { type: e.periodType, start: e.periodStart } : null,
      href: e.href,
      by: e.by,
      municipality: e.municipality,
      fields: Object.keys(changes),
    };
  });
}

export interface NationalRow {
  id: string;
  slug: string;
  name: string;
  analysisAsOf: Date | null;
  planAdoptedAt: Date | null;
  planPeriodEnd: Date | null;
  agreementPeriodEnd: Date | null;
  coordinatingFunction: string | null;
  revisionIntervalMonths: number;
  publishedPromises: number;
  planRows: number;
  lateRows: number;
  lastFollowUpAt: Date | null;
}

/**
 * The administrator's national view, a page of municipalities by name: counts and how
 * current the lägesbild, the action plan and the follow-ups are, with the cycle's verdict
 * on each (the same rules as the cycle page). Two queries a page; past the end, the last page
 * (readPage), read with one more.
 */
export async function nationalOverview(actor: Actor, page = 1, today = new Date()): Promise<Page<NationalRow & { cycle: CycleItem[] }>> {
  if (actor.role !== "ADMIN") return toPage([], 0, 1);
  const prisma = await db();
  const day = startOfDay(today);
  const found = await readPage(
    page,
    ({ skip, take }) => prisma.$queryRaw<NationalRow[]>`
      WITH page AS (SELECT id, slug, name, "coordinatingFunction", "revisionIntervalMonths" FROM "Municipality" ORDER BY name, id LIMIT ${take} OFFSET ${skip})
      SELECT m.id::text AS id, m.slug, m.name, m."coordinatingFunction", m."revisionIntervalMonths",
             (SELECT max(sa."asOf") FROM "SituationalAnalysis" sa WHERE sa."municipalityId" = m.id) AS "analysisAsOf",
             plan."adoptedAt" AS "planAdoptedAt", plan."periodEnd" AS "planPeriodEnd",
             (SELECT ag."periodEnd" FROM "Agreement" ag WHERE ag."municipalityId" = m.id AND ag.status IN ('ADOPTED', 'ACTIVE', 'EXPIRED') ORDER BY ag."periodStart" DESC LIMIT 1) AS "agreementPeriodEnd",
             (SELECT count(*)::int FROM "CitizenPromise" p WHERE p."municipalityId" = m.id AND p.status = 'PUBLISHED') AS "publishedPromises",
             (SELECT count(*)::int FROM "Activity" a JOIN "ActionPlan" ap ON ap.id = a."actionPlanId" JOIN "Agreement" ag ON ag.id = ap."agreementId"
               WHERE ag."municipalityId" = m.id AND ap.status = 'ADOPTED' AND a.status <> 'CANCELLED') AS "planRows",
             (SELECT count(*)::int FROM "Activity" a JOIN "ActionPlan" ap ON ap.id = a."actionPlanId" JOIN "Agreement" ag ON ag.id = ap."agreementId"
               WHERE ag."municipalityId" = m.id AND ap.status = 'ADOPTED' AND a.status NOT IN ('DONE', 'CANCELLED') AND COALESCE(a."dueOn", ap."periodEnd") < ${day}::date) AS "lateRows",
             GREATEST(
               (SELECT max(fu."createdAt") FROM "ActivityFollowUp" fu JOIN "Activity" a ON a.id = fu."activityId" JOIN "ActionPlan" ap ON ap.id = a."actionPlanId" JOIN "Agreement" ag ON ag.id = ap."agreementId" WHERE ag."municipalityId" = m.id),
               (SELECT max(fu."createdAt") FROM "ActivityFollowUp" fu JOIN "Activity" a ON a.id = fu."activityId" JOIN "CitizenPromise" p ON p.id = a."promiseId" WHERE p."municipalityId" = m.id)
             ) AS "lastFollowUpAt"
      FROM page m
      LEFT JOIN LATERAL (
        SELECT pub."adoptedAt", ap."periodEnd" FROM "ActionPlan" ap JOIN "Agreement" ag ON ag.id = ap."agreementId"
        LEFT JOIN "ActionPlanPublication" pub ON pub."actionPlanId" = ap.id
        WHERE ag."municipalityId" = m.id AND ap.status = 'ADOPTED'
        ORDER BY ap."periodStart" DESC, ap."createdAt" DESC LIMIT 1
      ) plan ON true
      ORDER BY m.name, m.id`,
    () => prisma.municipality.count(),
  );
  const withCycle = found.rows.map((r) => ({
    ...r,
    cycle: cycleStatus(
      {
        analysisAsOf: r.analysisAsOf,
        planAdoptedAt: r.planAdoptedAt,
        planPeriodEnd: r.planPeriodEnd,
        coordinatingFunction: r.coordinatingFunction,
        agreementPeriodEnd: r.agreementPeriodEnd,
        revisionIntervalMonths: r.revisionIntervalMonths,
      },
      today,
    ),
  }));
  return { ...found, rows: withCycle };
}
