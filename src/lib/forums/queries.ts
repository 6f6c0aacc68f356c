import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The forums the actor is a member of; membership is part of the query, not only a check. */
export async function listMyForums(actor: Actor) {
  const prisma = await db();
  return prisma.forum.findMany({
    where: { memberships: { some: { userId: actor.id } } },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, level: true, cadence: true },
  });
}
