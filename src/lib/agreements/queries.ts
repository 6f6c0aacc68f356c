import type { Prisma } from "@/generated/prisma/client";
import type { AgreementStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { jointScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { containsText, municipalityWhere, periodInYear, type ListFilter } from "@/lib/pagination/filter";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";
import { isEditable, REPLACEABLE_AGREEMENT_STATUSES } from "./lifecycle";

/** The actor's agreements, newest period first, a page at a time: only what the list shows. */
export async function listAgreementsForActor(actor: Actor, filter: ListFilter<AgreementStatus> = {}, page = 1) {
  const prisma = await db();
  const where: Prisma.AgreementWhereInput = {
    AND: [
      jointScopeWhere(actor),
      municipalityWhere(filter),
      filter.status ? { status: filter.status } : {},
      filter.year ? periodInYear(filter.year) : {},
      filter.q ? { OR: [{ title: containsText(filter.q) }, { caseNumber: containsText(filter.q) }, { municipality: { name: containsText(filter.q) } }] } : {},
    ],
  };
  return readPage(
    page,
    (window) =>
      prisma.agreement.findMany({
        where,
        orderBy: [{ periodStart: "desc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          title: true,
          status: true,
          periodStart: true,
          periodEnd: true,
          caseNumber: true,
          municipality: { select: { name: true } },
          policeArea: { select: { name: true } },
        },
      }),
    () => prisma.agreement.count({ where }),
  );
}

export const agreementDetailInclude = {
  municipality: { select: { id: true, name: true, slug: true } },
  policeArea: { select: { id: true, name: true } },
  replaces: { select: { id: true, title: true, caseNumber: true } },
  replacedBy: { select: { id: true, title: true, caseNumber: true } },
  priorities: { orderBy: { position: "asc" } },
  signatories: { orderBy: { position: "asc" } },
  basisDocs: { orderBy: { position: "asc" }, include: { basisDocument: true } },
  goals: {
    orderBy: { position: "asc" },
    include: {
      promises: { include: { promise: { select: { id: true, title: true, status: true } } } },
      activities: { select: { id: true, title: true, promise: { select: { id: true, title: true } } } },
    },
  },
  approvals: { orderBy: { approvedAt: "asc" }, include: { user: { select: { name: true, organisation: { select: { name: true } } } } } },
} as const;

/** An agreement the actor may read, or null: not found and not allowed look the same. */
export async function findAgreementForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const agreement = await prisma.agreement.findFirst({
    where: { id, ...jointScopeWhere(actor) },
    include: agreementDetailInclude,
  });
  if (!agreement) return null;
  if (!authorize(actor, "agreement.read", { type: "joint", municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId })) {
    return null;
  }
  return agreement;
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof findAgreementForActor>>>;

/** Earlier adopted agreements of the same municipality that a new one may replace. */
export async function replaceableAgreements(actor: Actor, municipalityIds: string[], exceptId?: string) {
  const prisma = await db();
  return prisma.agreement.findMany({
    where: {
      ...jointScopeWhere(actor),
      municipalityId: { in: municipalityIds },
      status: { in: [...REPLACEABLE_AGREEMENT_STATUSES] },
      id: exceptId ? { not: exceptId } : undefined,
    },
    orderBy: { periodStart: "desc" },
    select: { id: true, title: true, caseNumber: true, municipalityId: true },
  });
}

/**
 * One joint commitment for its edit or removal page, with its number, when the actor may
 * change the agreement's text now; otherwise null.
 */
export async function findEditableCommitmentForActor(actor: Actor, agreementId: string, commitmentId: string) {
  const agreement = await findAgreementForActor(actor, agreementId);
  if (!agreement || !isEditable(agreement.status)) return null;
  if (!authorize(actor, "agreement.update", { type: "joint", municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId })) return null;
  if (!isUuid(commitmentId)) return null;
  const prisma = await db();
  const commitments = await prisma.agreementCommitment.findMany({ where: { agreementId: agreement.id }, orderBy: { position: "asc" } });
  const index = commitments.findIndex((c) => c.id === commitmentId);
  if (index < 0) return null;
  return { agreement, commitment: commitments[index]!, number: index + 1 };
}
