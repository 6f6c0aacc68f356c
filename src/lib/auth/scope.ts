import type { Actor } from "./actor";

/**
 * The second wall: the caller's scope inside every query of non-public joint records
 * (agreements, promises, dialogues), so a forgotten check yields "not found", never
 * another municipality's data.
 */
export function jointScopeWhere(actor: Actor): { municipalityId?: { in: string[] }; policeAreaId?: { in: string[] } } {
  if (actor.role === "ADMIN") return {};
  if (actor.organisation.kind === "POLICE_AREA") return { policeAreaId: { in: actor.policeAreaIds } };
  if (actor.role === "FORUM_MEMBER") return { municipalityId: { in: [] } };
  return { municipalityId: { in: actor.municipalityIds } };
}

/** Scope for records of one municipality (citizen dialogues): police staff reach all of their area's. */
export function municipalScopeWhere(actor: Actor): { municipalityId?: { in: string[] } } {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "FORUM_MEMBER") return { municipalityId: { in: [] } };
  return { municipalityId: { in: actor.municipalityIds } };
}

/**
 * Scope for user accounts in the administration: everyone for administrators; for a user
 * manager the accounts of their municipality's departments or their police area's units
 * (authorize still decides which of those they may change); nothing for anyone else.
 */
export function userAccountScopeWhere(actor: Actor) {
  if (actor.role === "ADMIN") return {};
  if (!actor.mayManageUsers) return { id: { in: [] as string[] } };
  if (actor.role === "MUNICIPAL_OFFICIAL" && actor.organisation.kind === "MUNICIPAL_DEPARTMENT") {
    return { organisation: { kind: "MUNICIPAL_DEPARTMENT" as const, municipalityId: { in: actor.municipalityIds } } };
  }
  if (actor.role === "POLICE_STAFF" && actor.organisation.kind === "POLICE_AREA") {
    return { organisation: { kind: "POLICE_AREA" as const, policeAreaId: { in: actor.policeAreaIds } } };
  }
  return { id: { in: [] as string[] } };
}
