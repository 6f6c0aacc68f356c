import { randomBytes } from "node:crypto";
import type { Organisation, Role } from "@/generated/prisma/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { assertAuthorized, authorize, type Resource } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { leaveForumsOfDeactivated } from "@/lib/forums/mutations";
import { issuePasswordLink, revokeOpenLinks } from "./password-links";
import { mayHoldUserManagement, rolesFor } from "./rules";
import type { TCreateUser, TUpdateUser, TUserRef } from "./schemas";
import { endSessions } from "./sessions";

/** The account as authorize sees it: where its organisation lies and what it may do. */
export function accountResource(organisation: Pick<Organisation, "kind" | "municipalityId" | "policeAreaId">, user: { role: Role; mayManageUsers: boolean }): Resource {
  return {
    type: "userAccount",
    organisationKind: organisation.kind,
    municipalityId: organisation.municipalityId,
    policeAreaId: organisation.policeAreaId,
    role: user.role,
    mayManageUsers: user.mayManageUsers,
  };
}

/** The chosen organisation, which must exist and take the chosen role; the grant only for officials and police staff. */
async function checkPlacement(tx: Tx, actor: Actor, input: Pick<TCreateUser, "organisationId" | "role" | "mayManageUsers">) {
  const organisation = await tx.organisation.findUnique({ where: { id: input.organisationId } });
  if (!organisation) throw new DomainError("admin.errors.organisationRequired", "organisationId");
  if ((input.role === "ADMIN" || input.mayManageUsers) && !authorize(actor, "user.grant", { type: "system" })) {
    throw new DomainError("admin.errors.grantAdminOnly", input.role === "ADMIN" ? "role" : "mayManageUsers");
  }
  if (!rolesFor(organisation.kind).includes(input.role)) throw new DomainError("admin.errors.roleForOrganisation", "role");
  if (input.mayManageUsers && !mayHoldUserManagement(input.role)) throw new DomainError("admin.errors.grantNeedsRole", "mayManageUsers");
  assertAuthorized(actor, "user.manage", accountResource(organisation, input));
  return organisation;
}

async function refuseDuplicateEmail(tx: Tx, email: string, selfId?: string) {
  const clash = await tx.user.findFirst({ where: { email, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError("admin.errors.emailTaken", "email");
}

/** The key of the lock every change to an existing account takes (pg_advisory_xact_lock; the migrations use another). */
const ACCOUNTS_LOCK_KEY = 7_305_443_219;

/**
 * Changes to existing accounts run one at a time: each takes one transaction lock before
 * it reads anything, so two administrators who deactivate each other (or take each other's
 * role) at the same moment run one after the other, and the second sees that only one
 * administrator is left. Taken first, it cannot deadlock with the row locks that follow.
 */
export async function lockAccounts(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK_KEY}::bigint)`;
}

/** Refuses to leave the portal without an active administrator (under lockAccounts). */
async function refuseLastAdmin(tx: Tx, userId: string, field?: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new DomainError("admin.errors.lastAdmin", field);
}

/** An unusable password until the user chooses one with their link: nobody knows it. */
export async function unguessablePasswordHash() {
  return hashPassword(randomBytes(32).toString("base64url"));
}

const auditFields = (input: TCreateUser, organisationName: string) => ({
  name: input.name,
  email: input.email,
  title: input.title,
  organisation: organisationName,
  role: input.role,
  mayManageUsers: input.mayManageUsers,
});

/**
 * Creates the account and a one-time link with which the user chooses their password (an
 * invitation). The link is returned once, for the administrator to pass on; no e-mail is sent.
 */
export async function createUser(actor: Actor, input: TCreateUser) {
  const passwordHash = await unguessablePasswordHash();
  return transaction(async (tx) => {
    const organisation = await checkPlacement(tx, actor, input);
    await refuseDuplicateEmail(tx, input.email);
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        title: input.title,
        organisationId: organisation.id,
        role: input.role,
        mayManageUsers: input.mayManageUsers,
        passwordHash,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    const link = await issuePasswordLink(tx, user.id, "INVITE", actor.id);
    await recordAudit(
      {
        userId: actor.id,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        municipalityId: organisation.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, auditFields(input, organisation.name)) as never,
      },
      tx,
    );
    await recordAudit(
      { userId: actor.id, action: "user.passwordLink", entityType: "User", entityId: user.id, municipalityId: organisation.municipalityId, changes: { purpose: "INVITE", expiresAt: link.expiresAt.toISOString() } },
      tx,
    );
    return { user, link };
  });
}

/** The user with their organisation, under the accounts lock, if the actor may manage them. */
async function loadForManagement(tx: Tx, actor: Actor, id: string) {
  await lockAccounts(tx);
  const user = await tx.user.findUnique({ where: { id }, include: { organisation: true } });
  if (!user) throw new NotFoundError("User");
  assertAuthorized(actor, "user.manage", accountResource(user.organisation, user));
  return user;
}

export async function updateUser(actor: Actor, input: TUpdateUser) {
  return transaction(async (tx) => {
    const before = await loadForManagement(tx, actor, input.id);
    if (before.version !== input.version) throw new ConflictError("User", before.id, input.version);
    const grantChanged = before.role !== input.role && (before.role === "ADMIN" || input.role === "ADMIN");
    if ((grantChanged || before.mayManageUsers !== input.mayManageUsers) && !authorize(actor, "user.grant", { type: "system" })) {
      throw new DomainError("admin.errors.grantAdminOnly", before.mayManageUsers !== input.mayManageUsers ? "mayManageUsers" : "role");
    }
    const organisation = await checkPlacement(tx, actor, input);
    await refuseDuplicateEmail(tx, input.email, before.id);
    if (before.role === "ADMIN" && input.role !== "ADMIN" && before.active) await refuseLastAdmin(tx, before.id, "role");

    const { count } = await tx.user.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        name: input.name,
        email: input.email,
        title: input.title,
        organisationId: organisation.id,
        role: input.role,
        mayManageUsers: input.mayManageUsers,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("User", before.id, input.version);
    await recordAudit(
      {
        userId: actor.id,
        action: "user.update",
        entityType: "User",
        entityId: before.id,
        municipalityId: organisation.municipalityId ?? before.organisation.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(
          { ...before, organisation: before.organisation.name } as unknown as Record<string, unknown>,
          auditFields(input, organisation.name),
        ) as never,
      },
      tx,
    );
    return { id: before.id };
  });
}

/** A new one-time link with which the user sets a new password; earlier links stop working. */
export async function issuePasswordReset(actor: Actor, input: TUserRef) {
  return transaction(async (tx) => {
    const user = await loadForManagement(tx, actor, input.id);
    if (!user.active) throw new DomainError("admin.errors.inactiveUser");
    const link = await issuePasswordLink(tx, user.id, "RESET", actor.id);
    await recordAudit(
      { userId: actor.id, action: "user.passwordLink", entityType: "User", entityId: user.id, municipalityId: user.organisation.municipalityId, changes: { purpose: "RESET", expiresAt: link.expiresAt.toISOString() } },
      tx,
    );
    return { link, name: user.name };
  });
}

/**
 * The user can no longer sign in, and every session they have ends at once (endSessions).
 * The account stays, so everything they did stays attributed to them; open links are revoked,
 * and their forum seats fall vacant (a chair's stays until the forum has another chair).
 */
export async function deactivateUser(actor: Actor, input: TUserRef) {
  return transaction(async (tx) => {
    const user = await loadForManagement(tx, actor, input.id);
    if (user.version !== input.version) throw new ConflictError("User", user.id, input.version);
    if (user.id === actor.id) throw new DomainError("admin.errors.deactivateSelf");
    if (!user.active) throw new DomainError("admin.errors.alreadyInactive");
    if (user.role === "ADMIN") await refuseLastAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { active: false, updatedById: actor.id, version: { increment: 1 } } });
    await endSessions(user.id, tx);
    await revokeOpenLinks(tx, user.id);
    await leaveForumsOfDeactivated(tx, actor, user.id);
    await recordAudit(
      {
        userId: actor.id,
        action: "user.deactivate",
        entityType: "User",
        entityId: user.id,
        municipalityId: user.organisation.municipalityId,
        entityVersion: input.version + 1,
        changes: { active: { from: true, to: false } },
      },
      tx,
    );
  });
}

/** The account works again; sessions ended at deactivation stay ended. */
export async function reactivateUser(actor: Actor, input: TUserRef) {
  return transaction(async (tx) => {
    const user = await loadForManagement(tx, actor, input.id);
    if (user.version !== input.version) throw new ConflictError("User", user.id, input.version);
    if (user.active) throw new DomainError("admin.errors.alreadyActive");
    await tx.user.update({ where: { id: user.id }, data: { active: true, updatedById: actor.id, version: { increment: 1 } } });
    await recordAudit(
      {
        userId: actor.id,
        action: "user.reactivate",
        entityType: "User",
        entityId: user.id,
        municipalityId: user.organisation.municipalityId,
        entityVersion: input.version + 1,
        changes: { active: { from: false, to: true } },
      },
      tx,
    );
  });
}
