import { Prisma } from "@/generated/prisma/client";
import { uuidList } from "@/lib/db/uuid-list";
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

/** jointScopeWhere as an SQL condition on the joint record aliased `alias` (its municipalityId and policeAreaId), for raw queries. */
export function jointScopeSql(actor: Actor, alias: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  const where = jointScopeWhere(actor);
  if (where.policeAreaId) return Prisma.sql`${column("policeAreaId")} IN (${uuidList(where.policeAreaId.in)})`;
  if (where.municipalityId) return Prisma.sql`${column("municipalityId")} IN (${uuidList(where.municipalityId.in)})`;
  return Prisma.sql`TRUE`;
}

/**
 * Whether the actor's records come from more than one municipality (administrators, police
 * staff of an area, an official working for several): lists then name each record's
 * municipality, since records of different municipalities often share a title.
 */
export function spansMunicipalities(actor: Actor): boolean {
  return actor.role === "ADMIN" || actor.organisation.kind === "POLICE_AREA" || actor.municipalityIds.length > 1;
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

/**
 * Scope for the law's cycle, as a condition on a municipality id and on the agreement a
 * record lies under: officials their municipalities, police staff their area's, forum
 * members only what lies under an agreement their forum is linked to. `authorize` still
 * decides each record.
 */
export function cycleMunicipalityWhere(actor: Actor): { municipalityId?: { in: string[] } } {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "FORUM_MEMBER") return { municipalityId: { in: [] } };
  return { municipalityId: { in: actor.municipalityIds } };
}

/** Action plans (through their agreement) the actor may read: joint scope, or a linked forum of theirs. */
export function actionPlanScopeWhere(actor: Actor) {
  if (actor.role === "ADMIN") return {};
  return { OR: [{ agreement: jointScopeWhere(actor) }, { agreement: { forums: { some: { id: { in: actor.forumIds } } } } }] };
}

/** Lägesbilder the actor may read: their municipalities', or one a plan under a linked forum's agreement rests on. */
export function analysisScopeWhere(actor: Actor) {
  if (actor.role === "ADMIN") return {};
  return {
    OR: [cycleMunicipalityWhere(actor), { actionPlans: { some: { agreement: { forums: { some: { id: { in: actor.forumIds } } } } } } }],
  };
}
