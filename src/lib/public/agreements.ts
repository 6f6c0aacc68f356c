import "server-only";
import { CURRENT_AGREEMENT_STATUSES, PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";

/**
 * What the public may read of agreements: only those that were adopted (current ones and
 * those that ran out or were replaced). Drafts and agreements in preparation never leave
 * this module.
 */

const publicWhere = { status: { in: [...PUBLIC_AGREEMENT_STATUSES] } };

export async function listPublicAgreements(municipalitySlug: string) {
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({
    where: { slug: municipalitySlug },
    select: {
      name: true,
      slug: true,
      agreements: {
        where: publicWhere,
        orderBy: { periodStart: "desc" },
        select: { id: true, title: true, status: true, periodStart: true, periodEnd: true, caseNumber: true },
      },
    },
  });
  if (!municipality) return null;
  const current = municipality.agreements.filter((a) => CURRENT_AGREEMENT_STATUSES.includes(a.status));
  const earlier = municipality.agreements.filter((a) => !CURRENT_AGREEMENT_STATUSES.includes(a.status));
  return { name: municipality.name, slug: municipality.slug, current, earlier };
}

export async function findPublicAgreement(municipalitySlug: string, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  return prisma.agreement.findFirst({
    where: { id, municipality: { slug: municipalitySlug }, ...publicWhere },
    select: {
      id: true,
      title: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      caseNumber: true,
      decisionBody: true,
      decisionParagraph: true,
      decisionDate: true,
      aim: true,
      background: true,
      economy: true,
      followUp: true,
      collaborationModel: true,
      municipality: { select: { name: true, slug: true } },
      policeArea: { select: { name: true } },
      priorities: { orderBy: { position: "asc" }, select: { id: true, text: true } },
      signatories: { orderBy: { position: "asc" }, select: { id: true, name: true, title: true, party: true } },
      basisDocs: { orderBy: { position: "asc" }, select: { basisDocument: { select: { id: true, title: true, publisher: true, year: true, url: true } } } },
      goals: { select: { id: true, parentId: true, position: true, title: true, description: true } },
    },
  });
}

/** Every public agreement's address parts, for the sitemap. */
export async function listPublicAgreementRefs() {
  const prisma = await db();
  return prisma.agreement.findMany({
    where: publicWhere,
    select: { id: true, updatedAt: true, municipality: { select: { slug: true } } },
  });
}
