import { readableHistoryOf } from "@/lib/audit/readable";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { municipalScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";

export async function listDialoguesForActor(actor: Actor) {
  const prisma = await db();
  return prisma.citizenDialogue.findMany({
    where: municipalScopeWhere(actor),
    orderBy: { startsAt: "desc" },
    include: { municipality: { select: { name: true } }, promises: { include: { promise: { select: { id: true, title: true } } } } },
  });
}

export async function findDialogueForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  return prisma.citizenDialogue.findFirst({ where: { id, ...municipalScopeWhere(actor) } });
}

/** A dialogue's history, for those who manage its municipality's dialogues; null for anyone else. */
export async function dialogueHistoryForActor(actor: Actor, id: string) {
  const dialogue = await findDialogueForActor(actor, id);
  if (!dialogue || !authorize(actor, "dialogue.manage", { type: "municipal", municipalityId: dialogue.municipalityId })) return null;
  return { dialogue: { id: dialogue.id, title: dialogue.title }, entries: await readableHistoryOf(actor, "CitizenDialogue", dialogue.id) };
}

export async function dialogueMunicipalities(actor: Actor) {
  const prisma = await db();
  return prisma.municipality.findMany({ where: actor.role === "ADMIN" ? {} : { id: { in: actor.municipalityIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
