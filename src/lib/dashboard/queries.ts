import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/generated/prisma/client";
import type { Party } from "@/generated/prisma/enums";
import { jointScopeSql } from "@/lib/auth/scope";
import { partyOf } from "@/lib/agreements/lifecycle";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/forums/rules";
import { readPage, toPage, type Page } from "@/lib/pagination/page";

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

/** A record waiting for the actor's approval, with the name of its municipality (records of different municipalities often share a title). */
export interface WaitingRecord {
  /** As the audit log names the kind of record. */
  kind: "Agreement" | "CitizenPromise" | "ActionPlan";
  id: string;
  title: string;
  municipality: string;
}

/**
 * Agreements, promises and action plans waiting for the actor's party: sent for approval
 * (an agreement in preparation, a promise awaiting approval, a published promise changed
 * since its publication) or approved by the other party, and not yet approved by the
 * actor's party at their current version. A record no party has approved yet is waiting for
 * both. One list of the three kinds, latest changed first, a page at a time (?vantar=): an
 * administrator has hundreds. Each record's municipality is joined in the same statement; the
 * total is a second.
 */
export async function awaitingMyApproval(actor: Actor, page = 1): Promise<Page<WaitingRecord>> {
  const party = partyOf(actor.organisation.kind);
  if (!party) return toPage([], 0, 1, WORK_PAGE_SIZE);
  const other: Party = party === "MUNICIPALITY" ? "POLICE" : "MUNICIPALITY";
  const prisma = await db();
  // A standing (not withdrawn) approval of record `r` by `who`; at the record's current version unless any version counts.
  const approved = (column: "agreementId" | "promiseId" | "actionPlanId", who: Party, anyVersion = false) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Approval" x WHERE x.${Prisma.raw(`"${column}"`)} = r.id AND x."withdrawnAt" IS NULL AND x.party = ${who}::"Party"${anyVersion ? Prisma.empty : Prisma.sql` AND x."subjectVersion" = r.version`})`;
  const waiting = Prisma.sql`
    -- Adoption bumps an agreement's version, so a standing approval is for any version not withdrawn.
    SELECT 'Agreement' AS kind, r.id, r.title, m.name AS municipality, r."updatedAt"
    FROM "Agreement" r JOIN "Municipality" m ON m.id = r."municipalityId"
    WHERE ${jointScopeSql(actor, "r")}
      AND (r.status = 'IN_PREPARATION' OR (r.status = 'DRAFT' AND ${approved("agreementId", other, true)}))
      AND NOT ${approved("agreementId", party, true)}
    UNION ALL
    SELECT 'CitizenPromise', r.id, r.title, m.name, r."updatedAt"
    FROM "CitizenPromise" r JOIN "Municipality" m ON m.id = r."municipalityId"
    WHERE ${jointScopeSql(actor, "r")}
      AND (r.status = 'AWAITING_APPROVAL'
           -- A published promise changed since its publication waits for both parties, as a new one does.
           OR (r.status = 'PUBLISHED' AND (${approved("promiseId", other)}
               OR r.version > (SELECT max(p."promiseVersion") FROM "PromisePublication" p WHERE p."promiseId" = r.id))))
      AND NOT ${approved("promiseId", party)}
    UNION ALL
    SELECT 'ActionPlan', r.id, r.title, m.name, r."updatedAt"
    FROM "ActionPlan" r JOIN "Agreement" ag ON ag.id = r."agreementId" JOIN "Municipality" m ON m.id = ag."municipalityId"
    WHERE ${jointScopeSql(actor, "ag")}
      AND r.status = 'DRAFT' AND ${approved("actionPlanId", other)}
      AND NOT ${approved("actionPlanId", party)}`;
  return readPage(
    page,
    ({ skip, take }) =>
      prisma.$queryRaw<WaitingRecord[]>`
        SELECT w.kind, w.id::text AS id, w.title, w.municipality FROM (${waiting}) w
        ORDER BY w."updatedAt" DESC, w.id LIMIT ${take} OFFSET ${skip}`,
    async () => Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${waiting}) w`)[0]!.n),
    WORK_PAGE_SIZE,
  );
}
