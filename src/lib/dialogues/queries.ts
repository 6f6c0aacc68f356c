import type { Locale } from "@/lib/i18n";
import { readableHistoryOf } from "@/lib/audit/readable";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { municipalScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { containsText, municipalityWhere, withinYear, type ListFilter } from "@/lib/pagination/filter";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";

/** How many linked promises a dialogue in the list names; the rest are counted. */
const LINKED_SHOWN = 5;

/** The actor's citizen dialogues, newest first, a page at a time: only what the list shows. */
export async function listDialoguesForActor(actor: Actor, filter: ListFilter = {}, page = 1) {
  const prisma = await db();
  const where: Prisma.CitizenDialogueWhereInput = {
    AND: [
      municipalScopeWhere(actor),
      municipalityWhere(filter),
      filter.year ? { startsAt: withinYear(filter.year) } : {},
      filter.q ? { OR: [{ title: containsText(filter.q) }, { themes: containsText(filter.q) }, { place: containsText(filter.q) }, { municipality: { name: containsText(filter.q) } }] } : {},
    ],
  };
  return readPage(
    page,
    (window) =>
      prisma.citizenDialogue.findMany({
        where,
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          title: true,
          startsAt: true,
          place: true,
          format: true,
          participantCount: true,
          themes: true,
          municipality: { select: { name: true } },
          promises: { take: LINKED_SHOWN, orderBy: { promise: { title: "asc" } }, select: { promise: { select: { title: true } } } },
          _count: { select: { promises: true } },
        },
      }),
    () => prisma.citizenDialogue.count({ where }),
  );
}

export async function findDialogueForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  return prisma.citizenDialogue.findFirst({ where: { id, ...municipalScopeWhere(actor) } });
}

/** A dialogue's history, for those who manage its municipality's dialogues; null for anyone else. */
export async function dialogueHistoryForActor(actor: Actor, id: string, locale: Locale) {
  const dialogue = await findDialogueForActor(actor, id);
  if (!dialogue || !authorize(actor, "dialogue.manage", { type: "municipal", municipalityId: dialogue.municipalityId })) return null;
  return { dialogue: { id: dialogue.id, title: dialogue.title }, entries: await readableHistoryOf(actor, "CitizenDialogue", dialogue.id, locale) };
}

/** The municipalities whose dialogues the actor may manage (administrators: all); also the choices of the lists' municipality filter. */
export async function dialogueMunicipalities(actor: Actor) {
  const prisma = await db();
  return prisma.municipality.findMany({ where: actor.role === "ADMIN" ? {} : { id: { in: actor.municipalityIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
