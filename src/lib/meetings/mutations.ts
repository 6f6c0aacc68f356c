import type { ActionItem } from "@/generated/prisma/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { checkConcern } from "@/lib/forums/concerns";
import { forumResource } from "@/lib/forums/queries";
import { canEscalate } from "@/lib/forums/rules";
import { guardPersonalData } from "@/lib/promises/mutations";
import type { TCreateMeeting, TRecordMeeting, TSituationalPicture } from "./schemas";
import { compareSwedish } from "@/lib/format/intl";

async function loadForum(tx: Tx, forumId: string) {
  const forum = await tx.forum.findUnique({ where: { id: forumId }, include: { memberships: { select: { userId: true, user: { select: { name: true } } } } } });
  if (!forum) throw new NotFoundError("Forum");
  return forum;
}

type ItemRow = TCreateMeeting["items"][number];
type ItemFields = Pick<ActionItem, "title" | "responsibleUserId" | "responsibleOrganisationId" | "dueOn" | "goalId" | "promiseId" | "activityId">;

const itemFields = (item: ItemRow): ItemFields => ({
  title: item.title,
  responsibleUserId: item.responsibleUserId,
  responsibleOrganisationId: item.responsibleOrganisationId,
  dueOn: item.dueOn,
  goalId: item.goalId,
  promiseId: item.promiseId,
  activityId: item.activityId,
});

/**
 * Responsible people must be members; organisations must belong to the forum's municipality
 * or police area; what an item concerns must be the municipality's and visible to the actor
 * (for forum members: adopted goals, published promises and activities). What an existing
 * item already had is kept without asking again (a member who has left, a goal the reader
 * only sees without its title), so saving the minutes never drops it.
 */
async function validateResponsibles(tx: Tx, actor: Actor, forum: Awaited<ReturnType<typeof loadForum>>, items: (ItemRow & { previous?: ItemFields })[], field: string) {
  const members = new Set(forum.memberships.map((m) => m.userId));
  for (const [i, item] of items.entries()) {
    const kept = item.previous;
    if (item.responsibleUserId && item.responsibleUserId !== kept?.responsibleUserId && !members.has(item.responsibleUserId)) {
      throw new DomainError("meetings.errors.notMember", `${field}.${i}.responsibleUserId`);
    }
    if (item.responsibleOrganisationId && item.responsibleOrganisationId !== kept?.responsibleOrganisationId) {
      const ok = await tx.organisation.count({
        where: { id: item.responsibleOrganisationId, OR: [{ municipalityId: forum.municipalityId }, ...(forum.policeAreaId ? [{ policeAreaId: forum.policeAreaId }] : [])] },
      });
      if (!ok) throw new DomainError("activities.errors.organisationElsewhere", `${field}.${i}.responsibleOrganisationId`);
    }
    const sameConcern = kept && kept.goalId === item.goalId && kept.promiseId === item.promiseId && kept.activityId === item.activityId;
    const concern = sameConcern ? "ok" : await checkConcern(tx, actor, forum.municipalityId, item);
    if (concern === "elsewhere") throw new DomainError("meetings.errors.concernsElsewhere", `${field}.${i}.concerns`);
    if (concern === "hidden") throw new DomainError("meetings.errors.concernsHidden", `${field}.${i}.concerns`);
  }
}

async function createItems(tx: Tx, actor: Actor, forum: { id: string; municipalityId: string }, meetingId: string, items: ItemRow[]) {
  for (const item of items) {
    const fields = itemFields(item);
    const created = await tx.actionItem.create({
      data: { ...fields, forumId: forum.id, meetingId, createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(
      { userId: actor.id, action: "actionItem.create", entityType: "ActionItem", entityId: created.id, contextId: forum.id, municipalityId: forum.municipalityId, entityVersion: 1, changes: diffFields({}, fields) as never },
      tx,
    );
  }
}

/** Items the meeting already has, as the minutes' form sent them back: changed ones are updated, with their history. */
async function updateItems(tx: Tx, actor: Actor, forum: { id: string; municipalityId: string }, items: { row: ItemRow; previous: ActionItem }[]) {
  for (const { row, previous } of items) {
    const fields = itemFields(row);
    const changes = diffFields(previous as ItemFields, fields);
    if (Object.keys(changes).length === 0) continue;
    const { count } = await tx.actionItem.updateMany({ where: { id: previous.id, version: previous.version }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("ActionItem", previous.id, previous.version);
    await recordAudit(
      { userId: actor.id, action: "actionItem.update", entityType: "ActionItem", entityId: previous.id, contextId: forum.id, municipalityId: forum.municipalityId, entityVersion: previous.version + 1, changes: changes as never },
      tx,
    );
  }
}

/** Attendance (by name), guests and decisions as comparable text, for the history. */
function meetingListsAsText(lists: { present: string[]; guests: { organisationName: string; count: number }[]; decisions: { text: string }[] }) {
  return {
    attendance: [...lists.present].sort(compareSwedish),
    guests: lists.guests.map((g) => `${g.organisationName} (${g.count})`).sort(compareSwedish),
    decisions: lists.decisions.map((d) => d.text),
  };
}

/** A meeting and its action items are saved together, or not at all. */
export async function createMeeting(actor: Actor, input: TCreateMeeting) {
  guardPersonalData({ agenda: input.agenda, location: input.location, ...Object.fromEntries(input.items.map((it, i) => [`items.${i}.title`, it.title])) }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const forum = await loadForum(tx, input.forumId);
    assertAuthorized(actor, "meeting.write", forumResource(forum));
    await validateResponsibles(tx, actor, forum, input.items, "items");
    const meeting = await tx.meeting.create({
      data: { forumId: forum.id, startsAt: input.startsAt, location: input.location, agenda: input.agenda, createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(
      { userId: actor.id, action: "meeting.create", entityType: "Meeting", entityId: meeting.id, contextId: forum.id, municipalityId: forum.municipalityId, entityVersion: 1, changes: diffFields({}, { startsAt: input.startsAt, location: input.location, agenda: input.agenda }) as never },
      tx,
    );
    await createItems(tx, actor, forum, meeting.id, input.items);
    return meeting;
  });
}

/** Minutes, attendance, guests by organisation, decisions and new items, against the version loaded. */
export async function recordMeeting(actor: Actor, input: TRecordMeeting) {
  guardPersonalData(
    { minutes: input.minutes, agenda: input.agenda, ...Object.fromEntries(input.decisions.map((d, i) => [`decisions.${i}.text`, d.text])), ...Object.fromEntries(input.items.map((it, i) => [`items.${i}.title`, it.title])) },
    input.confirmNoPersonalData,
  );
  return transaction(async (tx) => {
    const before = await tx.meeting.findUnique({
      where: { id: input.id },
      include: { attendances: { where: { present: true }, select: { user: { select: { name: true } } } }, guests: true, decisions: { orderBy: { position: "asc" } } },
    });
    if (!before) throw new NotFoundError("Meeting");
    const forum = await loadForum(tx, before.forumId);
    assertAuthorized(actor, "meeting.write", forumResource(forum));
    if (before.version !== input.version) throw new ConflictError("Meeting", before.id, input.version);
    const names = new Map(forum.memberships.map((m) => [m.userId, m.user.name]));
    if (input.presentUserIds.some((id) => !names.has(id))) throw new DomainError("meetings.errors.notMember", "presentUserIds");
    // Held is a fact about the past: a meeting that has not started yet cannot have been held.
    if (input.status === "HELD" && input.startsAt.getTime() > Date.now()) throw new DomainError("meetings.errors.heldInFuture", "status");

    // Rows with an id are the meeting's own items, saved before; the rest are new.
    const own = new Map((await tx.actionItem.findMany({ where: { meetingId: before.id } })).map((item) => [item.id, item]));
    const seen = new Set<string>();
    const rows = input.items.map(({ id, ...row }, i) => {
      const previous = id ? own.get(id) : undefined;
      if (id && (!previous || seen.has(id))) throw new DomainError("meetings.errors.itemElsewhere", `items.${i}.title`);
      if (id) seen.add(id);
      return { row, previous };
    });
    await validateResponsibles(tx, actor, forum, rows.map(({ row, previous }) => ({ ...row, previous })), "items");

    const fields = { startsAt: input.startsAt, location: input.location, agenda: input.agenda, minutes: input.minutes, status: input.status };
    const { count } = await tx.meeting.updateMany({ where: { id: before.id, version: input.version }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("Meeting", before.id, input.version);
    await tx.meetingAttendance.deleteMany({ where: { meetingId: before.id } });
    await tx.meetingAttendance.createMany({ data: input.presentUserIds.map((userId) => ({ meetingId: before.id, userId, present: true })) });
    await tx.meetingGuest.deleteMany({ where: { meetingId: before.id } });
    await tx.meetingGuest.createMany({ data: input.guests.map((g) => ({ meetingId: before.id, organisationName: g.organisationName, count: g.count })) });
    await tx.meetingDecision.deleteMany({ where: { meetingId: before.id } });
    await tx.meetingDecision.createMany({ data: input.decisions.map((d, position) => ({ meetingId: before.id, position, text: d.text })) });
    await recordAudit(
      {
        userId: actor.id,
        action: "meeting.update",
        entityType: "Meeting",
        entityId: before.id,
        contextId: forum.id,
        municipalityId: forum.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(
          { ...before, ...meetingListsAsText({ present: before.attendances.map((a) => a.user.name), guests: before.guests, decisions: before.decisions }) } as Record<string, unknown>,
          { ...fields, ...meetingListsAsText({ present: input.presentUserIds.map((id) => names.get(id)!), guests: input.guests, decisions: input.decisions }) },
        ) as never,
      },
      tx,
    );
    await updateItems(tx, actor, forum, rows.flatMap(({ row, previous }) => (previous ? [{ row, previous }] : [])));
    await createItems(tx, actor, forum, before.id, rows.flatMap(({ row, previous }) => (previous ? [] : [row])));
    return { forumId: forum.id };
  });
}

async function loadItem(tx: Tx, id: string) {
  const item = await tx.actionItem.findUnique({ where: { id }, include: { forum: { include: { parent: true } } } });
  if (!item) throw new NotFoundError("ActionItem");
  return item;
}

/** The responsible person, someone of the responsible organisation, or the chair updates an item. */
export async function updateItemStatus(actor: Actor, input: { id: string; version: number; status: "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED" }) {
  return transaction(async (tx) => {
    const item = await loadItem(tx, input.id);
    assertAuthorized(actor, "actionItem.update", { type: "actionItem", forumId: item.forumId, responsibleUserId: item.responsibleUserId, responsibleOrganisationId: item.responsibleOrganisationId });
    const { count } = await tx.actionItem.updateMany({ where: { id: item.id, version: input.version }, data: { status: input.status, updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("ActionItem", item.id, input.version);
    await recordAudit(
      { userId: actor.id, action: "actionItem.status", entityType: "ActionItem", entityId: item.id, contextId: item.forumId, municipalityId: item.forum.municipalityId, entityVersion: input.version + 1, changes: { status: { from: item.status, to: input.status } } },
      tx,
    );
    return { forumId: item.forumId, meetingId: item.meetingId };
  });
}

/** Raises an item to the forum above, keeping the link both ways. */
export async function escalateItem(actor: Actor, input: { id: string; version: number }) {
  return transaction(async (tx) => {
    const item = await loadItem(tx, input.id);
    assertAuthorized(actor, "meeting.write", forumResource(item.forum));
    if (item.version !== input.version) throw new ConflictError("ActionItem", item.id, input.version);
    const parent = item.forum.parent;
    if (!parent || !canEscalate(item.forum, parent)) throw new DomainError("meetings.errors.cannotEscalate");
    const existing = await tx.actionItem.findUnique({ where: { escalatedFromId: item.id }, select: { id: true } });
    if (existing) throw new DomainError("meetings.errors.alreadyEscalated");
    const raised = await tx.actionItem.create({
      data: {
        forumId: parent.id,
        title: item.title,
        description: item.description,
        responsibleOrganisationId: item.responsibleOrganisationId,
        dueOn: item.dueOn,
        goalId: item.goalId,
        promiseId: item.promiseId,
        activityId: item.activityId,
        escalatedFromId: item.id,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    await recordAudit(
      { userId: actor.id, action: "actionItem.escalate", entityType: "ActionItem", entityId: item.id, contextId: item.forumId, municipalityId: item.forum.municipalityId, changes: { escalatedTo: { from: null, to: parent.name } } },
      tx,
    );
    await recordAudit(
      { userId: actor.id, action: "actionItem.create", entityType: "ActionItem", entityId: raised.id, contextId: parent.id, municipalityId: parent.municipalityId, entityVersion: 1, changes: { escalatedFrom: { from: null, to: item.forum.name } } },
      tx,
    );
    return { forumId: item.forumId, parentId: parent.id };
  });
}

/** Monday of the week a date falls in: one situational picture per forum and week. */
export function weekStart(date: Date): Date {
  const day = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
}

export async function recordSituationalPicture(actor: Actor, input: TSituationalPicture) {
  guardPersonalData(
    { summary: input.summary, callsFor: input.callsFor, ...Object.fromEntries(input.entries.map((e, i) => [`entries.${i}.summary`, e.summary])) },
    input.confirmNoPersonalData,
  );
  return transaction(async (tx) => {
    const forum = await loadForum(tx, input.forumId);
    assertAuthorized(actor, "meeting.write", forumResource(forum));
    const weekOf = weekStart(input.weekOf);
    const taken = await tx.situationalPicture.findUnique({ where: { forumId_weekOf: { forumId: forum.id, weekOf } }, select: { id: true } });
    if (taken) throw new DomainError("meetings.errors.weekTaken", "weekOf");
    const picture = await tx.situationalPicture.create({
      data: {
        forumId: forum.id,
        weekOf,
        summary: input.summary,
        callsFor: input.callsFor,
        createdById: actor.id,
        updatedById: actor.id,
        entries: { create: input.entries.map((e, position) => ({ ...e, position })) },
      },
    });
    await recordAudit(
      { userId: actor.id, action: "situationalPicture.create", entityType: "SituationalPicture", entityId: picture.id, contextId: forum.id, municipalityId: forum.municipalityId, entityVersion: 1, changes: diffFields({}, { weekOf, summary: input.summary, callsFor: input.callsFor }) as never },
      tx,
    );
    return picture;
  });
}
