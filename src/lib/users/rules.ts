import type { OrganisationKind, Role } from "@/generated/prisma/enums";

export const ROLES = ["ADMIN", "MUNICIPAL_OFFICIAL", "POLICE_STAFF", "FORUM_MEMBER"] as const satisfies readonly Role[];

/**
 * Which roles fit an organisation: a department's people are officials, a police unit's are
 * police staff, and either may be an administrator or take part in forums only. An external
 * actor's people (the housing company, a school) only ever take part in forums.
 */
export function rolesFor(kind: OrganisationKind): Role[] {
  switch (kind) {
    case "MUNICIPAL_DEPARTMENT":
      return ["ADMIN", "MUNICIPAL_OFFICIAL", "FORUM_MEMBER"];
    case "POLICE_AREA":
      return ["ADMIN", "POLICE_STAFF", "FORUM_MEMBER"];
    case "EXTERNAL":
      return ["FORUM_MEMBER"];
  }
}

/** Only officials and police staff can be given the right to manage users; administrators have it anyway. */
export function mayHoldUserManagement(role: Role): boolean {
  return role === "MUNICIPAL_OFFICIAL" || role === "POLICE_STAFF";
}

/** How long a one-time link lasts: an invitation gives time to reach the person; a reset is for now. */
export const LINK_LIFETIME_MS = { INVITE: 7 * 24 * 60 * 60 * 1000, RESET: 72 * 60 * 60 * 1000 } as const;

/** Why a one-time link cannot be used, or null when it can. */
export function linkProblem(
  link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date; user: { active: boolean } } | null,
  now = new Date(),
): "linkInvalid" | "linkUsed" | "linkExpired" | null {
  if (!link || link.revokedAt || !link.user.active) return "linkInvalid";
  if (link.usedAt) return "linkUsed";
  if (link.expiresAt <= now) return "linkExpired";
  return null;
}

/** The roles the actor may give: every role for an administrator, a user manager only their own party's and forum members. */
export function assignableRoles(actor: { role: Role; organisation: { kind: OrganisationKind } }): Role[] {
  if (actor.role === "ADMIN") return [...ROLES];
  return actor.organisation.kind === "POLICE_AREA" ? ["POLICE_STAFF", "FORUM_MEMBER"] : ["MUNICIPAL_OFFICIAL", "FORUM_MEMBER"];
}
