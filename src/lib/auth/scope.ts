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
