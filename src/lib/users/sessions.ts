import { db, type Tx } from "@/lib/db";

/**
 * Ends every session the user has: each session cookie carries the sessionVersion it was
 * issued under, and findActor() refuses a cookie whose copy is no longer current. Call it
 * on a password change, on deactivation (so that reactivating does not bring old cookies
 * back), and whenever an administrator signs someone out. Pass the transaction that makes
 * the change, so that both commit together.
 */
export async function endSessions(userId: string, tx?: Tx): Promise<void> {
  const client = tx ?? (await db());
  await client.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Sign-out: ends the user's sessions, but only if the signing-out cookie is itself still
 * current, so that an old, already ended cookie cannot be used to sign the user out again.
 * True when it ended them.
 */
export async function endSessionsFrom(userId: string, sessionVersion: number): Promise<boolean> {
  const prisma = await db();
  const { count } = await prisma.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
  return count === 1;
}
