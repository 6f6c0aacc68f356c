import type { Locale } from "@/lib/i18n";
import type { Actor } from "@/lib/auth/actor";
import { historyOf, historyOfRecords } from "@/lib/audit/queries";
import { readableHistory } from "@/lib/audit/readable";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";
import { findForumForActor } from "./queries";

/**
 * The history of a forum (with its meetings, action items, situational pictures and
 * working groups) and of one meeting (with its action items), for members only: anyone
 * else gets null, the same as for a forum that does not exist. Names, not ids, and what
 * an item concerns only as far as the reader may see it (readableHistory).
 */

export async function forumHistoryForActor(actor: Actor, forumId: string, locale: Locale) {
  const forum = await findForumForActor(actor, forumId);
  if (!forum) return null;
  const entries = await historyOf("Forum", forum.id);
  return { forum: { id: forum.id, name: forum.name }, entries: await readableHistory(actor, entries, locale, forum.id) };
}

export async function meetingHistoryForActor(actor: Actor, forumId: string, meetingId: string, locale: Locale) {
  const forum = await findForumForActor(actor, forumId);
  if (!forum || !isUuid(meetingId)) return null;
  const prisma = await db();
  const meeting = await prisma.meeting.findFirst({
    where: { id: meetingId, forumId: forum.id },
    select: { id: true, startsAt: true, actionItems: { select: { id: true } } },
  });
  if (!meeting) return null;
  const entries = await historyOfRecords([
    { entityType: "Meeting", entityIds: [meeting.id] },
    { entityType: "ActionItem", entityIds: meeting.actionItems.map((i) => i.id) },
  ]);
  return { forum: { id: forum.id, name: forum.name }, meeting: { id: meeting.id, startsAt: meeting.startsAt }, entries: await readableHistory(actor, entries, locale, meeting.id) };
}
