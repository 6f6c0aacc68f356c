import "server-only";
import type { AgreementStatus } from "@/generated/prisma/enums";
import { CURRENT_AGREEMENT_STATUSES, PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import type { AgreementSnapshot } from "@/lib/agreements/snapshot";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";

/**
 * What the public may read of agreements: the frozen copy made when both parties adopted
 * one (AgreementPublication), never the stored text. Drafts, agreements in preparation and
 * anything changed after adoption never leave this module. The status (active, expired,
 * replaced) and the parties' names are live.
 */

const publicWhere = { status: { in: [...PUBLIC_AGREEMENT_STATUSES] }, publication: { isNot: null } };

export interface PublicAgreementSummary {
  id: string;
  title: string;
  status: AgreementStatus;
  periodStart: string;
  periodEnd: string;
  caseNumber: string | null;
}

export interface PublicAgreement {
  id: string;
  status: AgreementStatus;
  adoptedAt: Date;
  municipality: { name: string; slug: string };
  policeArea: { name: string };
  content: AgreementSnapshot;
}

export async function listPublicAgreements(municipalitySlug: string) {
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({
    where: { slug: municipalitySlug },
    select: {
      name: true,
      slug: true,
      agreements: { where: publicWhere, select: { id: true, status: true, publication: { select: { snapshot: true } } } },
    },
  });
  if (!municipality) return null;
  const agreements = municipality.agreements
    .flatMap((a): PublicAgreementSummary[] => {
      if (!a.publication) return [];
      const { title, periodStart, periodEnd, caseNumber } = a.publication.snapshot as unknown as AgreementSnapshot;
      return [{ id: a.id, title, status: a.status, periodStart, periodEnd, caseNumber }];
    })
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const current = agreements.filter((a) => CURRENT_AGREEMENT_STATUSES.includes(a.status));
  const earlier = agreements.filter((a) => !CURRENT_AGREEMENT_STATUSES.includes(a.status));
  return { name: municipality.name, slug: municipality.slug, current, earlier };
}

export async function findPublicAgreement(municipalitySlug: string, id: string): Promise<PublicAgreement | null> {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const found = await prisma.agreement.findFirst({
    where: { id, municipality: { slug: municipalitySlug }, ...publicWhere },
    select: {
      id: true,
      status: true,
      municipality: { select: { name: true, slug: true } },
      policeArea: { select: { name: true } },
      publication: { select: { snapshot: true, adoptedAt: true } },
    },
  });
  if (!found?.publication) return null;
  const { publication, ...live } = found;
  return { ...live, adoptedAt: publication.adoptedAt, content: publication.snapshot as unknown as AgreementSnapshot };
}

/** Every public agreement's address parts, for the sitemap. */
export async function listPublicAgreementRefs() {
  const prisma = await db();
  return prisma.agreement.findMany({
    where: publicWhere,
    select: { id: true, updatedAt: true, municipality: { select: { slug: true } } },
  });
}
