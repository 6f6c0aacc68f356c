import { DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
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
