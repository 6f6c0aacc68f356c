import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { forumResource } from "@/lib/forums/queries";
import { canEscalate } from "@/lib/forums/rules";
import { guardPersonalData } from "@/lib/promises/mutations";
import type { TCreateMeeting, TRecordMeeting, TSituationalPicture } from "./schemas";

async function loadForum(tx: Tx, forumId: string) {
  const forum = await tx.forum.findUnique({ where: { id: forumId }, include: { memberships: { select: { userId: true } } } });
  if (!forum) throw new NotFoundError("Forum");
  return forum;
}

type ItemRow = TCreateMeeting["items"][number];

/** Responsible people must be members; organisations must belong to the forum's municipality or police area. */
async function validateResponsibles(tx: Tx, forum: Awaited<ReturnType<typeof loadForum>>, items: ItemRow[], field: string) {
  const members = new Set(forum.memberships.map((m) => m.userId));
  for (const [i, item] of items.entries()) {
    if (item.responsibleUserId && !members.has(item.responsibleUserId)) throw new DomainError("meetings.errors.notMember", `${field}.${i}.responsibleUserId`);
    if (item.responsibleOrganisationId) {
      const ok = await tx.organisation.count({
        where: { id: item.responsibleOrganisationId, OR: [{ municipalityId: forum.municipalityId }, ...(forum.policeAreaId ? [{ policeAreaId: forum.policeAreaId }] : [])] },
      });
      if (!ok) throw new DomainError("activities.errors.organisationElsewhere", `${field}.${i}.responsibleOrganisationId`);
    }
    const municipalityId = forum.municipalityId;
    const [goal, promise, activity] = await Promise.all([
      item.goalId ? tx.goal.count({ where: { id: item.goalId, agreement: { municipalityId } } }) : 1,
      item.promiseId ? tx.citizenPromise.count({ where: { id: item.promiseId, municipalityId } }) : 1,
      item.activityId ? tx.activity.count({ where: { id: item.activityId, promise: { municipalityId } } }) : 1,
    ]);
    if (!goal || !promise || !activity) throw new DomainError("meetings.errors.concernsElsewhere", `${field}.${i}.concerns`);
  }
}

async function createItems(tx: Tx, actor: Actor, forum: { id: string; municipalityId: string }, meetingId: string, items: ItemRow[]) {
  for (const item of items) {
    const created = await tx.actionItem.create({
      data: { ...item, forumId: forum.id, meetingId, createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(
      { userId: actor.id, action: "actionItem.create", entityType: "ActionItem", entityId: created.id, contextId: forum.id, municipalityId: forum.municipalityId, entityVersion: 1, changes: diffFields({}, item) as never },
      tx,
    );
  }
}

/** A meeting and its action items are saved together, or not at all. */
export async function createMeeting(actor: Actor, input: TCreateMeeting) {
  guardPersonalData({ agenda: input.agenda, location: input.location, ...Object.fromEntries(input.items.map((it, i) => [`items.${i}.title`, it.title])) }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const forum = await loadForum(tx, input.forumId);
    assertAuthorized(actor, "meeting.write", forumResource(forum));
    await validateResponsibles(tx, forum, input.items, "items");
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
    const before = await tx.meeting.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Meeting");
    const forum = await loadForum(tx, before.forumId);
    assertAuthorized(actor, "meeting.write", forumResource(forum));
    if (before.version !== input.version) throw new ConflictError("Meeting", before.id, input.version);
    const members = new Set(forum.memberships.map((m) => m.userId));
    if (input.presentUserIds.some((id) => !members.has(id))) throw new DomainError("meetings.errors.notMember", "presentUserIds");
    await validateResponsibles(tx, forum, input.items, "items");

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
      { userId: actor.id, action: "meeting.update", entityType: "Meeting", entityId: before.id, contextId: forum.id, municipalityId: forum.municipalityId, entityVersion: input.version + 1, changes: diffFields(before, fields) as never },
      tx,
    );
    await createItems(tx, actor, forum, before.id, input.items);
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
