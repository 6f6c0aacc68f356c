import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { jointScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";
import { REPLACEABLE_AGREEMENT_STATUSES } from "./lifecycle";

export async function listAgreementsForActor(actor: Actor) {
  const prisma = await db();
  return prisma.agreement.findMany({
    where: jointScopeWhere(actor),
    orderBy: [{ periodStart: "desc" }],
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
  });
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
