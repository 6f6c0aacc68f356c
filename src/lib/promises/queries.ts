import type { Prisma } from "@/generated/prisma/client";
import type { PromiseStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { jointScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { containsText, municipalityWhere, periodInYear, type ListFilter } from "@/lib/pagination/filter";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";
import { hasUnpublishedChanges } from "./publishing";
import { buildPromiseSnapshot, snapshotInclude, type PromiseSnapshot } from "./snapshot";

/** The actor's promises, newest period first and by title within a period, a page at a time: only what the list shows. */
export async function listPromisesForActor(actor: Actor, filter: ListFilter<PromiseStatus> = {}, page = 1) {
  const prisma = await db();
  const where: Prisma.CitizenPromiseWhereInput = {
    AND: [
      jointScopeWhere(actor),
      municipalityWhere(filter),
      filter.status ? { status: filter.status } : {},
      filter.year ? periodInYear(filter.year) : {},
      filter.q ? { OR: [{ title: containsText(filter.q) }, { municipality: { name: containsText(filter.q) } }] } : {},
    ],
  };
  return readPage(
    page,
    (window) =>
      prisma.citizenPromise.findMany({
        where,
        orderBy: [{ periodStart: "desc" }, { title: "asc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          title: true,
          status: true,
          periodStart: true,
          periodEnd: true,
          municipality: { select: { name: true } },
        },
      }),
    () => prisma.citizenPromise.count({ where }),
  );
}

/** A promise the actor may read with everything its page shows, or null. */
export async function findPromiseForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const promise = await prisma.citizenPromise.findFirst({
    where: { id, ...jointScopeWhere(actor) },
    include: {
      ...snapshotInclude,
      // What the snapshot compares, and for the page's links: the dialogue's id, the goal's agreement and its parties.
      goals: { include: { goal: { select: { id: true, title: true, agreement: { select: { id: true, municipalityId: true, policeAreaId: true } } } } } },
      dialogues: { include: { dialogue: { select: { ...snapshotInclude.dialogues.include.dialogue.select, id: true } } } },
      municipality: { select: { id: true, name: true, slug: true } },
      policeArea: { select: { id: true, name: true } },
      agreement: { select: { id: true, title: true } },
      renews: { select: { id: true, title: true } },
      activities: {
        orderBy: { position: "asc" },
        include: {
          goal: { select: { id: true, title: true } },
          responsibleOrgs: { select: { organisationId: true } },
          followUps: { orderBy: { periodStart: "desc" }, include: { figures: true } },
        },
      },
      approvals: { orderBy: { approvedAt: "asc" }, include: { user: { select: { name: true, organisation: { select: { name: true } } } } } },
      publications: { orderBy: { publishedAt: "desc" }, take: 1, select: { snapshot: true, publishedAt: true, promiseVersion: true } },
    },
  });
  if (!promise) return null;
  if (!authorize(actor, "promise.read", { type: "joint", municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId })) return null;
  const published = (promise.publications[0]?.snapshot as unknown as PromiseSnapshot | undefined) ?? null;
  return {
    ...promise,
    publishedAt: promise.publications[0]?.publishedAt ?? null,
    unpublishedChanges: hasUnpublishedChanges(buildPromiseSnapshot(promise), published),
  };
}

export type PromiseDetail = NonNullable<Awaited<ReturnType<typeof findPromiseForActor>>>;

/** What a promise form can link to: agreements with goals, dialogues and earlier promises, in scope. */
export async function promiseFormOptions(actor: Actor, municipalityIds: string[], exceptId?: string) {
  const prisma = await db();
  const where = { ...jointScopeWhere(actor), municipalityId: { in: municipalityIds } };
  const [agreements, dialogues, promises] = await Promise.all([
    prisma.agreement.findMany({
      where,
      orderBy: { periodStart: "desc" },
      select: { id: true, title: true, goals: { select: { id: true, parentId: true, position: true, title: true, description: true } } },
    }),
    prisma.citizenDialogue.findMany({ where: { municipalityId: { in: municipalityIds } }, orderBy: { startsAt: "desc" }, select: { id: true, title: true, startsAt: true } }),
    prisma.citizenPromise.findMany({ where: { ...where, id: exceptId ? { not: exceptId } : undefined }, orderBy: [{ periodStart: "desc" }, { title: "asc" }], select: { id: true, title: true } }),
  ]);
  return { agreements, dialogues, promises };
}
