import { createHash, randomBytes } from "node:crypto";
import type { PasswordLinkPurpose } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { LINK_LIFETIME_MS, linkProblem } from "./rules";

/**
 * One-time links with which a user sets a password. The token is 256 random bits, shown
 * once (in the link) to the one who made it; the database keeps only its SHA-256, so a
 * copy of the database opens no account. A fast hash is enough: the token is random, not
 * chosen by a person, and cannot be guessed.
 */

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The path of the page that takes a link's token. */
export const linkPath = (token: string) => `/losenord/${token}`;

/** A new link for the user, revoking any earlier one still open: only the newest works. */
export async function issuePasswordLink(tx: Tx, userId: string, purpose: PasswordLinkPurpose, createdById: string | null, now = new Date()) {
  await revokeOpenLinks(tx, userId, now);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await tx.passwordLink.create({ data: { userId, tokenHash: hashToken(token), purpose, expiresAt, createdById, createdAt: now } });
  return { path: linkPath(token), expiresAt };
}

export async function revokeOpenLinks(tx: Tx, userId: string, now = new Date()) {
  await tx.passwordLink.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
}

/** What the link page shows before the form: whose link, or why it cannot be used. */
export async function inspectPasswordLink(token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { problem: "linkInvalid" as const };
  const prisma = await db();
  const link = await prisma.passwordLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, revokedAt: true, expiresAt: true, user: { select: { active: true, name: true, email: true } } },
  });
  const problem = linkProblem(link, now);
  if (problem || !link) return { problem: problem ?? ("linkInvalid" as const) };
  return { problem: null, purpose: link.purpose, name: link.user.name, email: link.user.email, expiresAt: link.expiresAt };
}
