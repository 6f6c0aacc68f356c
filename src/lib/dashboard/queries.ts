import type { Actor } from "@/lib/auth/actor";
import { jointScopeWhere } from "@/lib/auth/scope";
import { partyOf } from "@/lib/agreements/lifecycle";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/forums/rules";

/** Open action items the actor, or their organisation, is responsible for, in forums they belong to. */
export async function myOpenItems(actor: Actor) {
  const prisma = await db();
  return prisma.actionItem.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      forumId: { in: actor.forumIds },
      OR: [{ responsibleUserId: actor.id }, { responsibleOrganisationId: actor.organisation.id }],
    },
    orderBy: { dueOn: "asc" },
    take: 50,
    select: { id: true, title: true, dueOn: true, status: true, forum: { select: { id: true, name: true } } },
  });
}

/**
 * Agreements and promises the other party has approved at their current version and the
 * actor's party has not: what is waiting for this person.
 */
export async function awaitingMyApproval(actor: Actor) {
  const party = partyOf(actor.organisation.kind);
  if (!party) return { agreements: [], promises: [] };
  const prisma = await db();
  const standing = { withdrawnAt: null };
  const [agreements, promises] = await Promise.all([
    prisma.agreement.findMany({
      where: { ...jointScopeWhere(actor), status: { in: ["DRAFT", "IN_PREPARATION"] }, approvals: { some: { ...standing, party: { not: party } } } },
      select: { id: true, title: true, version: true, approvals: { where: standing, select: { party: true, subjectVersion: true } } },
    }),
    prisma.citizenPromise.findMany({
      where: { ...jointScopeWhere(actor), status: { in: ["AWAITING_APPROVAL", "PUBLISHED"] }, approvals: { some: { ...standing, party: { not: party } } } },
      select: { id: true, title: true, version: true, approvals: { where: standing, select: { party: true, subjectVersion: true } } },
    }),
  ]);
  const waiting = <R extends { version: number; approvals: { party: string; subjectVersion: number }[] }>(record: R, current: (a: R["approvals"][number]) => boolean) =>
    record.approvals.some((a) => a.party !== party && current(a)) && !record.approvals.some((a) => a.party === party && current(a));
  return {
    // Adoption bumps an agreement's version, so a standing approval is for any version not withdrawn.
    agreements: agreements.filter((a) => waiting(a, () => true)).map(({ id, title }) => ({ id, title })),
    promises: promises.filter((p) => waiting(p, (a) => a.subjectVersion === p.version)).map(({ id, title }) => ({ id, title })),
  };
}
