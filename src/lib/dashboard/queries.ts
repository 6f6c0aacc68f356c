import type { Actor } from "@/lib/auth/actor";
import { jointScopeWhere } from "@/lib/auth/scope";
import { partyOf } from "@/lib/agreements/lifecycle";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/forums/rules";
import { readPage } from "@/lib/pagination/page";

/** Open action items the actor, or their organisation, is responsible for, in forums they belong to, due first, a page at a time. */
export async function myOpenItems(actor: Actor, page = 1) {
  const prisma = await db();
  const where = {
    status: { in: [...OPEN_STATUSES] },
    forumId: { in: actor.forumIds },
    OR: [{ responsibleUserId: actor.id }, { responsibleOrganisationId: actor.organisation.id }],
  };
  return readPage(
    page,
    (window) =>
      prisma.actionItem.findMany({
        where,
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        ...window,
        select: { id: true, title: true, dueOn: true, status: true, forum: { select: { id: true, name: true } } },
      }),
    () => prisma.actionItem.count({ where }),
    WORK_PAGE_SIZE,
  );
}

/** How many of anything the dashboard lists; the rest are on the list pages. */
export const DASHBOARD_MAX = 50;

/**
 * How many of the user's own action items and rows the dashboard shows a page (?atgarder=,
 * ?rader=, ?rapportera=): a police officer of a large area is responsible for over a thousand
 * rows, so they are read a page at a time rather than the first 50 with no way to the rest.
 */
export const WORK_PAGE_SIZE = 20;

/** The forums the actor is a member of (administrators too: their own, not the country's), the first `take`, with how many there are. */
export async function myForums(actor: Actor, take = DASHBOARD_MAX) {
  const prisma = await db();
  const where = { memberships: { some: { userId: actor.id } } };
  const [rows, total] = await Promise.all([
    prisma.forum.findMany({ where, orderBy: [{ level: "asc" }, { name: "asc" }], take: Math.min(take, DASHBOARD_MAX), select: { id: true, name: true, cadence: true } }),
    prisma.forum.count({ where }),
  ]);
  return { rows, total };
}

/**
 * Agreements, promises and action plans waiting for the actor's party: sent for approval
 * (an agreement in preparation, a promise awaiting approval) or approved by the other
 * party, and not yet approved by the actor's party at their current version. A record no
 * party has approved yet is waiting for both.
 */
export async function awaitingMyApproval(actor: Actor) {
  const party = partyOf(actor.organisation.kind);
  if (!party) return { agreements: [], promises: [], actionPlans: [] };
  const prisma = await db();
  const standing = { withdrawnAt: null };
  const [agreements, promises, plans] = await Promise.all([
    prisma.agreement.findMany({
      where: { ...jointScopeWhere(actor), OR: [{ status: "IN_PREPARATION" }, { status: "DRAFT", approvals: { some: { ...standing, party: { not: party } } } }] },
      orderBy: { updatedAt: "desc" },
      take: DASHBOARD_MAX,
      select: { id: true, title: true, version: true, status: true, approvals: { where: standing, select: { party: true, subjectVersion: true } } },
    }),
    prisma.citizenPromise.findMany({
      where: { ...jointScopeWhere(actor), OR: [{ status: "AWAITING_APPROVAL" }, { status: "PUBLISHED", approvals: { some: { ...standing, party: { not: party } } } }] },
      orderBy: { updatedAt: "desc" },
      take: DASHBOARD_MAX,
      select: { id: true, title: true, version: true, status: true, approvals: { where: standing, select: { party: true, subjectVersion: true } } },
    }),
    prisma.actionPlan.findMany({
      where: { agreement: jointScopeWhere(actor), status: "DRAFT", approvals: { some: { ...standing, party: { not: party } } } },
      orderBy: { updatedAt: "desc" },
      take: DASHBOARD_MAX,
      select: { id: true, title: true, version: true, approvals: { where: standing, select: { party: true, subjectVersion: true } } },
    }),
  ]);
  const mine = <R extends { approvals: { party: string; subjectVersion: number }[] }>(record: R, current: (a: R["approvals"][number]) => boolean) =>
    record.approvals.some((a) => a.party === party && current(a));
  const others = <R extends { approvals: { party: string; subjectVersion: number }[] }>(record: R, current: (a: R["approvals"][number]) => boolean) =>
    record.approvals.some((a) => a.party !== party && current(a));
  return {
    // Adoption bumps an agreement's version, so a standing approval is for any version not withdrawn.
    agreements: agreements
      .filter((a) => (a.status === "IN_PREPARATION" || others(a, () => true)) && !mine(a, () => true))
      .map(({ id, title }) => ({ id, title })),
    promises: promises
      .filter((p) => (p.status === "AWAITING_APPROVAL" || others(p, (a) => a.subjectVersion === p.version)) && !mine(p, (a) => a.subjectVersion === p.version))
      .map(({ id, title }) => ({ id, title })),
    actionPlans: plans.filter((p) => others(p, (a) => a.subjectVersion === p.version) && !mine(p, (a) => a.subjectVersion === p.version)).map(({ id, title }) => ({ id, title })),
  };
}
