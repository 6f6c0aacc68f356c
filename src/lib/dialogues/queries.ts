import type { Actor } from "@/lib/auth/actor";
import { municipalScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";

export async function listDialoguesForActor(actor: Actor) {
  const prisma = await db();
  return prisma.citizenDialogue.findMany({
    where: municipalScopeWhere(actor),
    orderBy: { startsAt: "desc" },
    include: { municipality: { select: { name: true } }, promises: { include: { promise: { select: { id: true, title: true } } } } },
  });
}

export async function findDialogueForActor(actor: Actor, id: string) {
  const prisma = await db();
  return prisma.citizenDialogue.findFirst({ where: { id, ...municipalScopeWhere(actor) } });
}

export async function dialogueMunicipalities(actor: Actor) {
  const prisma = await db();
  return prisma.municipality.findMany({ where: actor.role === "ADMIN" ? {} : { id: { in: actor.municipalityIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
