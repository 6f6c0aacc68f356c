import "server-only";
import { measuresNeedingAttention } from "@/lib/action-plans/queries";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/permissions";
import { unchangedDataCache } from "@/lib/db/unchanged-data-cache";
import { listMunicipalityNames } from "@/lib/municipalities/queries";
import { currentAgreementFigures, startOfDay } from "./figures";
import { awaitingMyApproval, myForums, myOpenItems } from "./queries";
import { followUpsDue, forumWork, myPlanRows, nationalOverview, nextMeetings, recentChanges } from "./work";

/** The overview lists the first of the user's forums; all of them are on /forum, a click away. */
const FORUMS_SHOWN = 10;

/** The overview's pages of its paged sections (1 when not asked for). */
export type OverviewPages = { national: number; items: number; rows: number; due: number; waiting: number; attention: number };

/**
 * Everything the overview shows, read together: about thirty queries, most of a police
 * officer's over every municipality of their area. Kept while the database is unchanged, for
 * at most a minute (the next meetings depend on the clock): reloading the overview, or
 * several people of one organisation opening it, reads it once.
 */
export function overviewData(actor: Actor, pages: OverviewPages, now = new Date()) {
  // Late or not, and the reporting period, follow the day the figures compute with.
  return overviews([actor, pages, startOfDay(now).toISOString()], () => readOverview(actor, pages, now));
}

const overviews = unchangedDataCache<Awaited<ReturnType<typeof readOverview>>>({ entries: 200, maxAgeMs: 60_000 });

async function readOverview(actor: Actor, pages: OverviewPages, today: Date) {
  const jointWork = actor.role === "MUNICIPAL_OFFICIAL" || actor.role === "POLICE_STAFF";
  const [municipalities, forums, items, waiting, planRows, due, meetings, progress, changes, forumData, national, attention] = await Promise.all([
    listMunicipalityNames(actor.municipalityIds),
    myForums(actor, FORUMS_SHOWN),
    myOpenItems(actor, pages.items),
    awaitingMyApproval(actor, pages.waiting),
    myPlanRows(actor, today, pages.rows),
    followUpsDue(actor, today, pages.due),
    nextMeetings(actor, today),
    jointWork ? currentAgreementFigures(actor, actor.municipalityIds, today) : Promise.resolve([]),
    jointWork ? recentChanges(actor) : Promise.resolve([]),
    actor.role === "FORUM_MEMBER" ? forumWork(actor, today) : Promise.resolve(null),
    actor.role === "ADMIN" ? nationalOverview(actor, pages.national, today) : Promise.resolve(null),
    hasPermission(actor.role, "actionPlan.followUp") ? measuresNeedingAttention(actor, today, pages.attention) : Promise.resolve(null),
  ]);
  return { jointWork, municipalities, forums, items, waiting, planRows, due, meetings, progress, changes, forumData, national, attention };
}
