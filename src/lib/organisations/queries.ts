import type { OrganisationKind, Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";

export interface OrganisationListFilter {
  /** A municipality, or a police area: the organisations that belong to it. */
  placeId?: string;
  kind?: OrganisationKind;
}

/** Organisations for the administration, a page at a time, by municipality or police area, then name. */
export async function listOrganisationsForAdmin(page: number, filter: OrganisationListFilter = {}) {
  const prisma = await db();
  const where: Prisma.OrganisationWhereInput = {
    ...(filter.placeId && isUuid(filter.placeId) ? { OR: [{ municipalityId: filter.placeId }, { policeAreaId: filter.placeId }] } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  return readPage(
    page,
    (window) =>
      prisma.organisation.findMany({
        where,
        orderBy: [{ municipality: { name: "asc" } }, { policeArea: { name: "asc" } }, { name: "asc" }],
        ...window,
        select: {
          id: true,
          name: true,
          shortName: true,
          kind: true,
          municipality: { select: { name: true } },
          policeArea: { select: { name: true } },
          _count: { select: { users: true } },
        },
      }),
    () => prisma.organisation.count({ where }),
  );
}

export async function findOrganisationForAdmin(actor: Actor, id: string) {
  if (!isUuid(id) || !authorize(actor, "organisation.manage", { type: "system" })) return null;
  const prisma = await db();
  return prisma.organisation.findUnique({
    where: { id },
    include: { municipality: { select: { id: true, name: true } }, policeArea: { select: { id: true, name: true } }, _count: { select: { users: true } } },
  });
}
