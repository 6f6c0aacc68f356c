import type { PromiseStatus, ReportingPeriod } from "@/generated/prisma/enums";
import { describePeriod } from "@/lib/activities/periods";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uuidList } from "@/lib/db/uuid-list";
import { concernView } from "@/lib/forums/concerns";
import type { Locale } from "@/lib/i18n";

type ActivityRow = {
  id: string;
  activityId: string;
  title: string;
  periodType: ReportingPeriod | null;
  periodStart: Date | null;
  /** A promise's row: what concernView needs to tell whether the reader sees its title. */
  promise: { municipalityId: string; policeAreaId: string | null; status: PromiseStatus; publications: { snapshot: unknown }[] } | null;
  /** An action plan's measure: the plan's agreement, as the cycle's rule reads it. */
  plan: { municipalityId: string; policeAreaId: string; linkedForumIds: string[] } | null;
};

/**
 * The titles of activities and of the activities that follow-ups report on, with the
 * follow-up's period ("Trygghetsvandringar · mars 2026", as the overview's recent changes
 * read), in one statement for any number of each. A promise's row is named as far as the
 * reader may see it (concernView: a draft's title only for those who read the promise); an
 * action plan's measure to those who read the plan (the cycle's rule). `hidden` names the rest.
 */
export async function activityNames(
  actor: Actor,
  locale: Locale,
  activityIds: ReadonlySet<string>,
  followUpIds: ReadonlySet<string>,
  hidden: string,
): Promise<{ activity: Map<string, string>; followUp: Map<string, string> }> {
  const activity = new Map<string, string>();
  const followUp = new Map<string, string>();
  if (activityIds.size === 0 && followUpIds.size === 0) return { activity, followUp };
  const prisma = await db();
  const rows = await prisma.$queryRaw<ActivityRow[]>`
    SELECT x.id::text AS id, a.id::text AS "activityId", a.title, x."periodType", x."periodStart",
           CASE WHEN p.id IS NOT NULL THEN json_build_object(
             'municipalityId', p."municipalityId", 'policeAreaId', p."policeAreaId", 'status', p.status,
             'publications', ARRAY(SELECT json_build_object('snapshot', pp.snapshot) FROM "PromisePublication" pp
                                   WHERE pp."promiseId" = p.id ORDER BY pp."publishedAt" DESC LIMIT 1)) END AS promise,
           CASE WHEN ag.id IS NOT NULL THEN json_build_object(
             'municipalityId', ag."municipalityId", 'policeAreaId', ag."policeAreaId",
             'linkedForumIds', ARRAY(SELECT f.id FROM "Forum" f WHERE f."agreementId" = ag.id)) END AS plan
    FROM (
      SELECT id, id AS "activityId", NULL::"ReportingPeriod" AS "periodType", NULL::date AS "periodStart"
      FROM "Activity" WHERE id IN (${uuidList([...activityIds])})
      UNION ALL
      SELECT id, "activityId", "periodType", "periodStart" FROM "ActivityFollowUp" WHERE id IN (${uuidList([...followUpIds])})
    ) x
    JOIN "Activity" a ON a.id = x."activityId"
    LEFT JOIN "CitizenPromise" p ON p.id = a."promiseId"
    LEFT JOIN "ActionPlan" ap ON ap.id = a."actionPlanId"
    LEFT JOIN "Agreement" ag ON ag.id = ap."agreementId"`;
  for (const row of rows) {
    const title = visibleTitle(actor, row) ?? hidden;
    if (row.periodType && row.periodStart) followUp.set(row.id, `${title} · ${describePeriod(row.periodType, row.periodStart, locale)}`);
    else activity.set(row.id, title);
  }
  return { activity, followUp };
}

function visibleTitle(actor: Actor, row: ActivityRow): string | null {
  if (row.plan) return authorize(actor, "cycle.read", { type: "cycle", ...row.plan }) ? row.title : null;
  return concernView(actor, { goal: null, promise: null, activity: { id: row.activityId, title: row.title, promise: row.promise } })?.title ?? null;
}
