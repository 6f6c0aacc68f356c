import type { PromiseStatus, ReportingPeriod } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uuidList } from "@/lib/db/uuid-list";
import { Prisma } from "@/generated/prisma/client";
import { concernView } from "@/lib/forums/concerns";

export type FollowUpParts = { title: string; period: { type: ReportingPeriod; start: Date } | null; deleted: boolean };

type ActivityRow = {
  id: string;
  /** A follow-up no longer there, named from what its entries and its activity's recorded. */
  deleted: boolean;
  activityId: string;
  title: string | null;
  periodType: ReportingPeriod | null;
  periodStart: Date | null;
  /** A promise's row: what concernView needs to tell whether the reader sees its title. */
  promise: { municipalityId: string; policeAreaId: string | null; status: PromiseStatus; publications: { snapshot: unknown }[] } | null;
  /** An action plan's measure: the plan's agreement, as the cycle's rule reads it. */
  plan: { municipalityId: string; policeAreaId: string; linkedForumIds: string[] } | null;
};

/**
 * The titles of activities, and of the activities that follow-ups report on with each
 * follow-up's period, in one statement for any number of each. A promise's row is named as far as the
 * reader may see it (concernView: a draft's title only for those who read the promise); an
 * action plan's measure to those who read the plan (the cycle's rule). `hidden` names the rest.
 * A follow-up deleted with its activity is named, in the same statement, from what the entries
 * recorded: its activity (its create entry's `_activity`), that activity's last recorded title
 * and the follow-up's last recorded period. A follow-up's title and period are kept apart, so
 * an entry can be named by the period it recorded (readable.ts).
 */
export async function activityNames(
  actor: Actor,
  activityIds: ReadonlySet<string>,
  followUpIds: ReadonlySet<string>,
  hidden: string,
): Promise<{ activity: Map<string, string>; followUpParts: Map<string, FollowUpParts> }> {
  const activity = new Map<string, string>();
  const followUpParts = new Map<string, FollowUpParts>();
  if (activityIds.size === 0 && followUpIds.size === 0) return { activity, followUpParts };
  const prisma = await db();
  const rows = await prisma.$queryRaw<ActivityRow[]>`
    SELECT x.id::text AS id, x.deleted, x."activityId"::text AS "activityId", COALESCE(a.title, (
             SELECT COALESCE(ae.changes->'title'->>'to', ae.changes->'title'->>'from') FROM "AuditLog" ae
             WHERE ae."entityType" = 'Activity' AND ae."entityId" = x."activityId"::text AND ae.changes ? 'title'
             ORDER BY ae.at DESC, ae.id DESC LIMIT 1)) AS title, x."periodType", x."periodStart",
           CASE WHEN p.id IS NOT NULL THEN json_build_object(
             'municipalityId', p."municipalityId", 'policeAreaId', p."policeAreaId", 'status', p.status,
             'publications', ARRAY(SELECT json_build_object('snapshot', pp.snapshot) FROM "PromisePublication" pp
                                   WHERE pp."promiseId" = p.id ORDER BY pp."publishedAt" DESC LIMIT 1)) END AS promise,
           CASE WHEN ag.id IS NOT NULL THEN json_build_object(
             'municipalityId', ag."municipalityId", 'policeAreaId', ag."policeAreaId",
             'linkedForumIds', ARRAY(SELECT f.id FROM "Forum" f WHERE f."agreementId" = ag.id)) END AS plan
    FROM (
      SELECT id, false AS deleted, id AS "activityId", NULL::"ReportingPeriod" AS "periodType", NULL::date AS "periodStart", NULL::uuid AS "ownerId"
      FROM "Activity" WHERE id IN (${uuidList([...activityIds])})
      UNION ALL
      SELECT id, false, "activityId", "periodType", "periodStart", NULL::uuid FROM "ActivityFollowUp" WHERE id IN (${uuidList([...followUpIds])})
      UNION ALL
      SELECT fe."entityId"::uuid, true, (fe.changes->>'_activity')::uuid,
             (lp.changes->'period'->'to'->>'type')::"ReportingPeriod", (lp.changes->'period'->'to'->>'start')::timestamptz::date, fe."contextId"::uuid
      FROM "AuditLog" fe
      LEFT JOIN LATERAL (
        SELECT pe.changes FROM "AuditLog" pe
        WHERE pe."entityType" = 'ActivityFollowUp' AND pe."entityId" = fe."entityId" AND pe.changes->'period'->'to' ? 'type'
        ORDER BY pe.at DESC, pe.id DESC LIMIT 1
      ) lp ON true
      WHERE fe."entityType" = 'ActivityFollowUp' AND fe.changes ? '_activity'
        AND fe."entityId" IN (${Prisma.join([...followUpIds, ""])})
        AND NOT EXISTS (SELECT 1 FROM "ActivityFollowUp" f WHERE f.id::text = fe."entityId")
    ) x
    LEFT JOIN "Activity" a ON a.id = x."activityId"
    LEFT JOIN "CitizenPromise" p ON p.id = COALESCE(a."promiseId", x."ownerId")
    LEFT JOIN "ActionPlan" ap ON ap.id = COALESCE(a."actionPlanId", x."ownerId")
    LEFT JOIN "Agreement" ag ON ag.id = ap."agreementId"`;
  for (const row of rows) {
    const title = (row.title !== null ? visibleTitle(actor, { ...row, title: row.title }) : null) ?? hidden;
    const period = row.periodType && row.periodStart ? { type: row.periodType, start: row.periodStart } : null;
    if (row.deleted || period) followUpParts.set(row.id, { title, period, deleted: row.deleted });
    else activity.set(row.id, title);
  }
  return { activity, followUpParts };
}

function visibleTitle(actor: Actor, row: ActivityRow & { title: string }): string | null {
  if (row.plan) return authorize(actor, "cycle.read", { type: "cycle", ...row.plan }) ? row.title : null;
  return concernView(actor, { goal: null, promise: null, activity: { id: row.activityId, title: row.title, promise: row.promise } })?.title ?? null;
}
