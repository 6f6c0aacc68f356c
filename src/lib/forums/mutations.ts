import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { wouldCreateCycle } from "@/lib/goals/tree";
import type { TCreateForum, TUpdateForum } from "@/lib/meetings/schemas";
import { forumResource } from "./queries";

/** The chair (or an administrator) adds a member: a user of the forum's municipality or police area. */
export async function addMember(actor: Actor, input: { forumId: string; email: string; function: string }) {
  return transaction(async (tx) => {
    const forum = await tx.forum.findUnique({ where: { id: input.forumId } });
    if (!forum) throw new NotFoundError("Forum");
    assertAuthorized(actor, "forum.manage", forumResource(forum));
    const user = await tx.user.findFirst({
      where: {
        email: input.email,
        active: true,
        organisation: { OR: [{ municipalityId: forum.municipalityId }, ...(forum.policeAreaId ? [{ policeAreaId: forum.policeAreaId }] : [])] },
      },
      select: { id: true, name: true },
    });
    if (!user) throw new DomainError("forums.errors.noSuchUser", "email");
    const exists = await tx.forumMembership.findUnique({ where: { forumId_userId: { forumId: forum.id, userId: user.id } } });
    if (exists) throw new DomainError("forums.errors.alreadyMember", "email");
    await tx.forumMembership.create({ data: { forumId: forum.id, userId: user.id, function: input.function } });
    await recordAudit(
      { userId: actor.id, action: "forum.addMember", entityType: "Forum", entityId: forum.id, municipalityId: forum.municipalityId, changes: { members: { from: null, to: user.name } } },
      tx,
    );
  });
}

export async function removeMember(actor: Actor, input: { membershipId: string }) {
  return transaction(async (tx) => {
    const membership = await tx.forumMembership.findUnique({ where: { id: input.membershipId }, include: { forum: true, user: { select: { name: true } } } });
    if (!membership) throw new NotFoundError("ForumMembership");
    assertAuthorized(actor, "forum.manage", forumResource(membership.forum));
    if (membership.userId === membership.forum.chairId) throw new DomainError("forums.errors.chairStays");
    await tx.forumMembership.delete({ where: { id: membership.id } });
    await recordAudit(
      { userId: actor.id, action: "forum.removeMember", entityType: "Forum", entityId: membership.forumId, municipalityId: membership.forum.municipalityId, changes: { members: { from: membership.user.name, to: null } } },
      tx,
    );
    return { forumId: membership.forumId };
  });
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
        chairId: actor.id,
        name: input.name,
        purpose: input.purpose,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        actionPlan: input.actionPlan,
        createdById: actor.id,
        updatedById: actor.id,
        memberships: { create: [{ userId: actor.id, function: "Sammankallande" }] },
      },
    });
    await recordAudit(
      { userId: actor.id, action: "forum.createWorkingGroup", entityType: "Forum", entityId: group.id, contextId: parent.id, municipalityId: parent.municipalityId, entityVersion: 1, changes: { name: { from: null, to: input.name } } },
      tx,
    );
    return group;
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
    const forum = await tx.forum.create({
      data: {
        municipalityId: input.municipalityId,
        policeAreaId: parent?.policeAreaId ?? (await tx.policeAreaMunicipality.findFirst({ where: { municipalityId: input.municipalityId } }))?.policeAreaId,
        name: input.name,
        level: input.level,
        purpose: input.purpose,
        cadence: input.cadence,
        parentId: input.parentId,
        reportsToText: input.reportsToText,
        chairId: actor.id,
        createdById: actor.id,
        updatedById: actor.id,
        memberships: { create: [{ userId: actor.id, function: "Ordförande" }] },
      },
    });
    await recordAudit(
      { userId: actor.id, action: "forum.create", entityType: "Forum", entityId: forum.id, municipalityId: forum.municipalityId, entityVersion: 1, changes: { name: { from: null, to: input.name }, level: { from: null, to: input.level } } },
      tx,
    );
    return forum;
  });
}

/** The chair or an administrator changes a forum's name, level, purpose, cadence and place in the model. */
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
    const fields = { name: input.name, level: input.level, purpose: input.purpose, cadence: input.cadence, parentId: input.parentId, reportsToText: input.reportsToText };
    const { count } = await tx.forum.updateMany({ where: { id: before.id, version: input.version }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("Forum", before.id, input.version);
    await recordAudit(
      { userId: actor.id, action: "forum.update", entityType: "Forum", entityId: before.id, municipalityId: before.municipalityId, entityVersion: input.version + 1, changes: diffFields(before, fields) as never },
      tx,
    );
  });
}
