import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import { assertAuthorized, authorize } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { wouldCreateCycle } from "@/lib/goals/tree";
import type { TAddMember, TCreateForum, TUpdateForum } from "@/lib/meetings/schemas";
import { forumResource } from "./queries";
import { addSeat, lockForum, moveChair, syncChair } from "./seats";
import { OPEN_STATUSES } from "./rules";

/** A user of the forum's municipality or police area, by e-mail address, who is not a member yet. */
async function newMember(tx: Tx, forum: { id: string; municipalityId: string; policeAreaId: string | null }, email: string) {
  const user = await tx.user.findFirst({
    where: {
      email,
      active: true,
      organisation: { OR: [{ municipalityId: forum.municipalityId }, ...(forum.policeAreaId ? [{ policeAreaId: forum.policeAreaId }] : [])] },
    },
    select: { id: true, name: true, organisationId: true },
  });
  if (!user) throw new DomainError("forums.errors.noSuchUser", "email");
  const exists = await tx.forumMembership.findUnique({ where: { forumId_userId: { forumId: forum.id, userId: user.id } } });
  if (exists) throw new DomainError("forums.errors.alreadyMember", "email");
  return user;
}

/** The forum of a seat, under the forum's row lock, with the seat as it is under that lock. */
async function lockSeat(tx: Tx, seatId: string) {
  const found = await tx.forumSeat.findUnique({ where: { id: seatId }, select: { forumId: true } });
  const forum = found && (await lockForum(tx, found.forumId));
  const seat = forum && (await tx.forumSeat.findUnique({ where: { id: seatId }, include: { membership: { include: { user: { select: { name: true } } } } } }));
  if (!forum || !seat) throw new NotFoundError("ForumSeat");
  return { forum, seat };
}

/**
 * The chair (or an administrator) adds a member in a new function: its role (never chair:
 * that moves with changeChair), whom it represents, and the member's organisation as the
 * organisation it belongs to.
 */
export async function addMember(actor: Actor, input: TAddMember) {
  return transaction(async (tx) => {
    const forum = await lockForum(tx, input.forumId);
    if (!forum) throw new NotFoundError("Forum");
    assertAuthorized(actor, "forum.manage", forumResource(forum));
    const user = await newMember(tx, forum, input.email);
    await addSeat(tx, forum.id, { role: input.role, represents: input.represents, organisationId: user.organisationId }, user.id);
    await recordAudit(
      {
        userId: actor.id,
        action: "forum.addMember",
        entityType: "Forum",
        entityId: forum.id,
        municipalityId: forum.municipalityId,
        changes: { members: { from: null, to: user.name }, role: { from: null, to: input.role }, represents: { from: null, to: input.represents } },
      },
      tx,
    );
  });
}

/** The chair (or an administrator) fills a vacant function with a user who is not yet a member. */
export async function fillSeat(actor: Actor, input: { seatId: string; email: string }) {
  return transaction(async (tx) => {
    const { forum, seat } = await lockSeat(tx, input.seatId);
    assertAuthorized(actor, "forum.manage", forumResource(forum));
    if (seat.membership) throw new DomainError("forums.errors.seatFilled", "seatId");
    const user = await newMember(tx, forum, input.email);
    await tx.forumMembership.create({ data: { forumId: forum.id, userId: user.id, seatId: seat.id } });
    if (seat.role === "CHAIR") await syncChair(tx, forum.id);
    await recordAudit(
      {
        userId: actor.id,
        action: "forum.fillSeat",
        entityType: "Forum",
        entityId: forum.id,
        municipalityId: forum.municipalityId,
        changes: { members: { from: null, to: user.name }, role: { from: null, to: seat.role }, represents: { from: null, to: seat.represents } },
      },
      tx,
    );
    return { forumId: forum.id };
  });
}

/** A member leaves the forum; their function stays, vacant, until it is filled. The chair stays until someone else chairs. */
export async function removeMember(actor: Actor, input: { membershipId: string }) {
  return transaction(async (tx) => {
    const found = await tx.forumMembership.findUnique({ where: { id: input.membershipId }, select: { forumId: true } });
    const forum = found && (await lockForum(tx, found.forumId));
    const membership = forum && (await tx.forumMembership.findUnique({ where: { id: input.membershipId }, include: leavingMember }));
    if (!forum || !membership) throw new NotFoundError("ForumMembership");
    assertAuthorized(actor, "forum.manage", forumResource(forum));
    if (isChair(forum, membership)) throw new DomainError("forums.errors.chairStays");
    await leaveForum(tx, actor, forum, membership);
    return { forumId: forum.id };
  });
}

/**
 * A deactivated user's seats become vacant, as if each forum had removed them; a chair stays
 * until the forum has another (`changeChair`). In the deactivation's transaction.
 */
export async function leaveForumsOfDeactivated(tx: Tx, actor: Actor, userId: string) {
  const memberships = await tx.forumMembership.findMany({ where: { userId }, orderBy: { forumId: "asc" }, select: { id: true, forumId: true } });
  for (const { id, forumId } of memberships) {
    const forum = await lockForum(tx, forumId);
    const membership = await tx.forumMembership.findUnique({ where: { id }, include: leavingMember });
    if (forum && membership && !isChair(forum, membership)) await leaveForum(tx, actor, forum, membership);
  }
}

const leavingMember = { seat: true, user: { select: { name: true, organisation: { select: { id: true, municipalityId: true, policeAreaId: true } } } } } as const;
type LeavingMember = Prisma.ForumMembershipGetPayload<{ include: typeof leavingMember }>;
type LockedForum = NonNullable<Awaited<ReturnType<typeof lockForum>>>;

const isChair = (forum: LockedForum, membership: LeavingMember) => membership.userId === forum.chairId || membership.seat.role === "CHAIR";

async function leaveForum(tx: Tx, actor: Actor, forum: LockedForum, membership: LeavingMember) {
  await tx.forumMembership.delete({ where: { id: membership.id } });
  // Their open items would stay with someone who no longer sees the forum, on nobody's list:
  // they pass to the organisation the person works for when it is one the forum can name
  // (of its municipality or police area), and are otherwise left for the forum to assign.
  const open = { forumId: forum.id, responsibleUserId: membership.userId, status: { in: [...OPEN_STATUSES] } };
  const { organisation } = membership.user;
  const forumMayName = organisation.municipalityId === forum.municipalityId || (!!organisation.policeAreaId && organisation.policeAreaId === forum.policeAreaId);
  if (forumMayName) await tx.actionItem.updateMany({ where: { ...open, responsibleOrganisationId: null }, data: { responsibleOrganisationId: organisation.id } });
  const handedOver = await tx.actionItem.updateMany({ where: open, data: { responsibleUserId: null, updatedById: actor.id, version: { increment: 1 } } });
  await recordAudit(
    {
      userId: actor.id,
      action: "forum.removeMember",
      entityType: "Forum",
      entityId: forum.id,
      municipalityId: forum.municipalityId,
      changes: {
        members: { from: membership.user.name, to: null },
        role: { from: membership.seat.role, to: null },
        represents: { from: membership.seat.represents, to: null },
        ...(handedOver.count > 0 ? { openItems: { from: handedOver.count, to: 0 } } : {}),
      },
    },
    tx,
  );
}

/** The chair (or an administrator) removes a vacant function the forum no longer has. */
export async function removeSeat(actor: Actor, input: { seatId: string }) {
  return transaction(async (tx) => {
    const { forum, seat } = await lockSeat(tx, input.seatId);
    assertAuthorized(actor, "forum.manage", forumResource(forum));
    if (seat.membership || seat.role === "CHAIR") throw new DomainError("forums.errors.seatNotVacant");
    await tx.forumSeat.delete({ where: { id: seat.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "forum.removeSeat",
        entityType: "Forum",
        entityId: forum.id,
        municipalityId: forum.municipalityId,
        changes: { role: { from: seat.role, to: null }, represents: { from: seat.represents, to: null } },
      },
      tx,
    );
    return { forumId: forum.id };
  });
}

/**
 * The chair (or an administrator) hands the chair to another member: that member's function
 * and the chair's exchange roles (moveChair), and from then on the new chair manages the forum.
 */
export async function changeChair(actor: Actor, input: { forumId: string; userId: string }) {
  return transaction(async (tx) => {
    const forum = await lockForum(tx, input.forumId);
    if (!forum) throw new NotFoundError("Forum");
    assertAuthorized(actor, "forum.manage", forumResource(forum));
    const membership = await tx.forumMembership.findUnique({ where: { forumId_userId: { forumId: forum.id, userId: input.userId } } });
    if (!membership) throw new DomainError("forums.errors.chairNotMember", "userId");
    if (membership.userId === forum.chairId) return { forumId: forum.id };
    const chairId = await moveChair(tx, forum.id, membership.seatId);
    const updated = await tx.forum.update({ where: { id: forum.id }, data: { updatedById: actor.id, version: { increment: 1 } }, select: { version: true } });
    await recordAudit(
      {
        userId: actor.id,
        action: "forum.changeChair",
        entityType: "Forum",
        entityId: forum.id,
        municipalityId: forum.municipalityId,
        entityVersion: updated.version,
        changes: { chairId: { from: forum.chairId, to: chairId } },
      },
      tx,
    );
    return { forumId: forum.id };
  });
}

/**
 * The agreement a forum is to serve: one of the forum's municipality's that the actor may
 * read (or that is public). Anything else is refused at the field.
 */
async function checkAgreement(tx: Tx, actor: Actor, municipalityId: string, agreementId: string) {
  const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: { municipalityId: true, policeAreaId: true, status: true } });
  const visible = agreement && (PUBLIC_AGREEMENT_STATUSES.includes(agreement.status) || authorize(actor, "agreement.read", { type: "joint", ...agreement }));
  if (!agreement || agreement.municipalityId !== municipalityId || !visible) throw new DomainError("forums.errors.agreementElsewhere", "agreementId");
}

/** A member sets up a time-bound working group under their forum, and chairs it. */
export async function createWorkingGroup(
  actor: Actor,
  input: { parentId: string; name: string; purpose: string; startsOn: Date; endsOn: Date; actionPlan: string },
) {
  return transaction(async (tx) => {
    const parent = await tx.forum.findUnique({ where: { id: input.parentId } });
    if (!parent) throw new NotFoundError("Forum");
    assertAuthorized(actor, "workingGroup.create", forumResource(parent));
    const group = await tx.forum.create({
      data: {
        kind: "WORKING_GROUP",
        level: parent.level,
        municipalityId: parent.municipalityId,
        policeAreaId: parent.policeAreaId,
        agreementId: parent.agreementId,
        parentId: parent.id,
        name: input.name,
        purpose: input.purpose,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        actionPlan: input.actionPlan,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    // The one who sets it up convenes it: the group's chair.
    await addSeat(tx, group.id, { role: "CHAIR", represents: actor.title ?? "", organisationId: actor.organisation.id }, actor.id);
    const chairId = await syncChair(tx, group.id);
    await recordAudit(
      { userId: actor.id, action: "forum.createWorkingGroup", entityType: "Forum", entityId: group.id, contextId: parent.id, municipalityId: parent.municipalityId, entityVersion: 1, changes: { name: { from: null, to: input.name } } },
      tx,
    );
    return { ...group, chairId };
  });
}

/**
 * Administrators create forums anywhere; a chair creates forums that report to the forum
 * they chair. The creator chairs the new forum until someone else is made chair.
 */
export async function createForum(actor: Actor, input: TCreateForum) {
  return transaction(async (tx) => {
    const parent = input.parentId ? await tx.forum.findUnique({ where: { id: input.parentId } }) : null;
    if (input.parentId && (!parent || parent.municipalityId !== input.municipalityId)) throw new DomainError("forums.errors.parentElsewhere", "parentId");
    if (parent) assertAuthorized(actor, "forum.manage", forumResource(parent));
    else assertAuthorized(actor, "admin.manage", { type: "system" });
    if (input.agreementId) await checkAgreement(tx, actor, input.municipalityId, input.agreementId);
    const forum = await tx.forum.create({
      data: {
        municipalityId: input.municipalityId,
        policeAreaId: parent?.policeAreaId ?? (await tx.policeAreaMunicipality.findFirst({ where: { municipalityId: input.municipalityId } }))?.policeAreaId,
        name: input.name,
        level: input.level,
        purpose: input.purpose,
        cadence: input.cadence,
        parentId: input.parentId,
        // Left out, the forum serves the agreement the forum it reports to serves.
        agreementId: input.agreementId === undefined ? (parent?.agreementId ?? null) : input.agreementId,
        reportsToText: input.reportsToText,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    await addSeat(tx, forum.id, { role: "CHAIR", represents: actor.title ?? "", organisationId: actor.organisation.id }, actor.id);
    const chairId = await syncChair(tx, forum.id);
    await recordAudit(
      { userId: actor.id, action: "forum.create", entityType: "Forum", entityId: forum.id, municipalityId: forum.municipalityId, entityVersion: 1, changes: { name: { from: null, to: input.name }, level: { from: null, to: input.level } } },
      tx,
    );
    return { ...forum, chairId };
  });
}

/** The chair or an administrator changes a forum's name, level, purpose, cadence, place in the model and the agreement it serves. */
export async function updateForum(actor: Actor, input: TUpdateForum) {
  return transaction(async (tx) => {
    const before = await tx.forum.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Forum");
    assertAuthorized(actor, "forum.manage", forumResource(before));
    if (input.parentId) {
      const forums = await tx.forum.findMany({ where: { municipalityId: before.municipalityId }, select: { id: true, parentId: true } });
      if (!forums.some((f) => f.id === input.parentId)) throw new DomainError("forums.errors.parentElsewhere", "parentId");
      if (wouldCreateCycle(forums.map((f) => ({ ...f, position: 0 })), before.id, input.parentId)) throw new DomainError("forums.errors.cycle", "parentId");
    }
    const agreementId = input.agreementId === undefined ? before.agreementId : input.agreementId;
    // A link kept as it was is not checked again: the chair may keep what they cannot read.
    if (agreementId && agreementId !== before.agreementId) await checkAgreement(tx, actor, before.municipalityId, agreementId);
    const fields = { name: input.name, level: input.level, purpose: input.purpose, cadence: input.cadence, parentId: input.parentId, reportsToText: input.reportsToText, agreementId };
    const { count } = await tx.forum.updateMany({ where: { id: before.id, version: input.version }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("Forum", before.id, input.version);
    await recordAudit(
      { userId: actor.id, action: "forum.update", entityType: "Forum", entityId: before.id, municipalityId: before.municipalityId, entityVersion: input.version + 1, changes: diffFields(before, fields) as never },
      tx,
    );
  });
}
