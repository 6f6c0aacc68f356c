import { containsText } from "@/lib/pagination/filter";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { userAccountScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";
import { accountResource } from "./mutations";
import { compareSwedish } from "@/lib/format/intl";

export interface UserListFilter {
  /** Part of a name or an e-mail address. */
  q?: string;
  organisationId?: string;
  status?: "active" | "inactive";
}

/** The users the actor may see in the administration, a page at a time, by name. */
export async function listUsersForAdmin(actor: Actor, page: number, filter: UserListFilter = {}) {
  const prisma = await db();
  const q = filter.q?.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      userAccountScopeWhere(actor),
      q ? { OR: [{ name: containsText(q) }, { email: containsText(q) }] } : {},
      filter.organisationId && isUuid(filter.organisationId) ? { organisationId: filter.organisationId } : {},
      filter.status ? { active: filter.status === "active" } : {},
    ],
  };
  const found = await readPage(
    page,
    (window) =>
      prisma.user.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          name: true,
          email: true,
          title: true,
          role: true,
          active: true,
          mayManageUsers: true,
          organisation: { select: { name: true, kind: true, municipalityId: true, policeAreaId: true } },
        },
      }),
    () => prisma.user.count({ where }),
  );
  return { ...found, rows: found.rows.map((u) => ({ ...u, mayEdit: authorize(actor, "user.manage", accountResource(u.organisation, u)) })) };
}

/** A user the actor may manage, with their organisation and the newest open one-time link; null otherwise. */
export async function findUserForAdmin(actor: Actor, id: string, now = new Date()) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      role: true,
      active: true,
      mayManageUsers: true,
      version: true,
      organisationId: true,
      organisation: { select: { id: true, name: true, kind: true, municipalityId: true, policeAreaId: true } },
      passwordLinks: {
        where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { purpose: true, expiresAt: true },
      },
    },
  });
  if (!user || !authorize(actor, "user.manage", accountResource(user.organisation, user))) return null;
  const { passwordLinks, ...rest } = user;
  return { ...rest, openLink: passwordLinks[0] ?? null };
}

/**
 * Organisations a new or moved user may be placed in by the actor, named with their
 * municipality or police area, optionally narrowed to one municipality or police area.
 */
export async function organisationChoicesForUsers(actor: Actor, narrow: { municipalityId?: string; policeAreaId?: string } = {}) {
  const prisma = await db();
  const scope: Prisma.OrganisationWhereInput =
    actor.role === "ADMIN"
      ? {}
      : !actor.mayManageUsers
        ? { id: { in: [] } }
        : actor.organisation.kind === "POLICE_AREA"
          ? { kind: "POLICE_AREA", policeAreaId: { in: actor.policeAreaIds } }
          : { kind: "MUNICIPAL_DEPARTMENT", municipalityId: { in: actor.municipalityIds } };
  const narrowing: Prisma.OrganisationWhereInput =
    narrow.municipalityId && isUuid(narrow.municipalityId)
      ? { municipalityId: narrow.municipalityId }
      : narrow.policeAreaId && isUuid(narrow.policeAreaId)
        ? { policeAreaId: narrow.policeAreaId }
        : {};
  const organisations = await prisma.organisation.findMany({
    where: { AND: [scope, narrowing] },
    select: { id: true, name: true, kind: true, municipality: { select: { name: true } }, policeArea: { select: { name: true } } },
  });
  return organisations
    .map((o) => ({ id: o.id, kind: o.kind, label: `${o.municipality?.name ?? o.policeArea?.name ?? ""} – ${o.name}` }))
    .sort((a, b) => compareSwedish(a.label, b.label));
}
