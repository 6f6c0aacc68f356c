import type { ForumRole } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";

/**
 * A forum's functions (seats) and who fills them. The CHAIR seat decides who chairs a forum;
 * Forum.chairId, which authorize() reads for forum.manage, is a copy of it that only
 * `syncChair` writes. Every change to seats and memberships runs under the forum's row lock
 * (`lockForum`), so two changes to one forum's membership never interleave.
 */

/** Takes the forum's row lock for the rest of the transaction and returns the forum, or null. */
export async function lockForum(tx: Tx, forumId: string) {
  if (!isUuid(forumId)) return null;
  await tx.$queryRaw`SELECT 1 FROM "Forum" WHERE "id" = ${forumId}::uuid FOR UPDATE`;
  return tx.forum.findUnique({ where: { id: forumId } });
}

/** A new seat at the end of the forum's list, filled by `userId` (or vacant). */
export async function addSeat(
  tx: Tx,
  forumId: string,
  seat: { role: ForumRole; represents: string; organisationId: string | null },
  userId: string | null,
) {
  const last = await tx.forumSeat.aggregate({ where: { forumId }, _max: { position: true } });
  const created = await tx.forumSeat.create({ data: { forumId, ...seat, position: (last._max.position ?? -1) + 1 } });
  if (userId) await tx.forumMembership.create({ data: { forumId, userId, seatId: created.id } });
  return created;
}

/** Sets Forum.chairId to whoever fills the CHAIR seat (null when there is none, or it is vacant). */
export async function syncChair(tx: Tx, forumId: string): Promise<string | null> {
  const seat = await tx.forumSeat.findFirst({ where: { forumId, role: "CHAIR" }, select: { membership: { select: { userId: true } } } });
  const chairId = seat?.membership?.userId ?? null;
  await tx.forum.update({ where: { id: forumId }, data: { chairId } });
  return chairId;
}

/**
 * Moves the CHAIR role to the seat `userId` fills: that seat and the chair's seat exchange
 * roles, so the former chair keeps their seat (and whom it represents) with the role the new
 * chair had, and no function of the forum disappears. Returns the new chair's id.
 */
export async function moveChair(tx: Tx, forumId: string, newChairSeatId: string): Promise<string | null> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const chairSeat = await tx.forumSeat.findFirst({ where: { forumId, role: "CHAIR" } });
  const target = await tx.forumSeat.findUniqueOrThrow({ where: { id: newChairSeatId } });
  if (chairSeat?.id !== target.id) {
    // The chair's seat gives up the role first: one CHAIR seat per forum, also mid-change.
    if (chairSeat) await tx.forumSeat.update({ where: { id: chairSeat.id }, data: { role: target.role } });
    await tx.forumSeat.update({ where: { id: target.id }, data: { role: "CHAIR" } });
  }
  return syncChair(tx, forumId);
}
