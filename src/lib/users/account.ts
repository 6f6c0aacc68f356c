import { DomainError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { assertAuthorized } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, transaction } from "@/lib/db";
import { hashToken, revokeOpenLinks } from "./password-links";
import { linkProblem } from "./rules";
import type { TChangeLocale, TChangePassword, TSetPassword } from "./schemas";
import { endSessions } from "./sessions";

/**
 * A user chooses their password with a one-time link (an invitation or a reset), without
 * signing in: the link is the authority. The link is spent in the same transaction that
 * sets the password, under a condition that only one use can meet; every session the user
 * had ends (a reset after a lost or stolen password must lock the old sessions out).
 */
export async function setPasswordWithLink(input: TSetPassword, now = new Date()) {
  const prisma = await db();
  const tokenHash = hashToken(input.token);
  const link = await prisma.passwordLink.findUnique({ where: { tokenHash }, include: { user: { select: { id: true, active: true, email: true, name: true } } } });
  const problem = linkProblem(link, now);
  if (problem || !link) throw new DomainError(`account.errors.${problem ?? "linkInvalid"}`);
  const weakness = passwordProblem(input.password, link.user);
  if (weakness) throw new DomainError(weakness, "password");
  const passwordHash = await hashPassword(input.password);

  return transaction(async (tx) => {
    const { count } = await tx.passwordLink.updateMany({
      where: { id: link.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) {
      const again = await tx.passwordLink.findUnique({ where: { id: link.id }, include: { user: { select: { active: true } } } });
      throw new DomainError(`account.errors.${linkProblem(again, now) ?? "linkUsed"}`);
    }
    const user = await tx.user.findUnique({ where: { id: link.userId }, select: { active: true } });
    if (!user?.active) throw new DomainError("account.errors.linkInvalid");
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    await endSessions(link.userId, tx);
    await revokeOpenLinks(tx, link.userId, now);
    await recordAudit(
      { userId: link.userId, action: "account.passwordSet", entityType: "User", entityId: link.userId, changes: { purpose: link.purpose } },
      tx,
    );
  });
}

/**
 * Changes the actor's own password: the current one must be right. Every session of the
 * user ends, this one too, so the new password is needed everywhere from now on.
 */
export async function changeOwnPassword(actor: Actor, input: TChangePassword) {
  assertAuthorized(actor, "account.update", { type: "account", userId: actor.id });
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true, name: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new DomainError("account.errors.currentWrong", "currentPassword");
  if (input.password === input.currentPassword) throw new DomainError("account.errors.passwordSame", "password");
  const weakness = passwordProblem(input.password, user);
  if (weakness) throw new DomainError(weakness, "password");
  const passwordHash = await hashPassword(input.password);
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await endSessions(actor.id, tx);
    await revokeOpenLinks(tx, actor.id);
    await recordAudit({ userId: actor.id, action: "account.passwordChange", entityType: "User", entityId: actor.id }, tx);
  });
}

/** The language the portal speaks to the user in: chosen on /konto or with the header's switch. */
export async function changeOwnLocale(actor: Actor, input: TChangeLocale) {
  assertAuthorized(actor, "account.update", { type: "account", userId: actor.id });
  await transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    if (before.locale === input.locale) return;
    await tx.user.update({ where: { id: actor.id }, data: { locale: input.locale } });
    await recordAudit(
      { userId: actor.id, action: "account.locale", entityType: "User", entityId: actor.id, changes: { locale: { from: before.locale, to: input.locale } } },
      tx,
    );
  });
}
