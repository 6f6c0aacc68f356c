import type { OrganisationKind, Role } from "@/generated/prisma/enums";
import type { Actor } from "./actor";

/**
 * The one answer to "may this user do this to this record?". Two walls: the role must
 * hold the permission (a data table below), and the record must lie in the user's
 * scope (municipality, police area, forum membership). Fails closed.
 */

export type Action =
  | "agreement.read"
  | "agreement.create"
  | "agreement.update"
  | "agreement.approve"
  | "promise.read"
  | "promise.create"
  | "promise.update"
  | "promise.approve"
  | "promise.followUp"
  | "dialogue.manage"
  | "forum.read"
  | "forum.manage"
  | "workingGroup.create"
  | "meeting.write"
  | "actionItem.update"
  | "admin.manage"
  | "municipality.manage"
  | "policeArea.manage"
  | "organisation.manage"
  | "audit.read"
  /** Invite, edit, reset the password of and deactivate users: scoped, and for non-administrators granted per user. */
  | "user.manage"
  /** Make someone an administrator or give them user.manage. */
  | "user.grant"
  /** One's own password, language and activity. */
  | "account.update"
  /** The law's cycle (Lag 2023:196): read the lägesbild, action plans, decisions and the cycle page. */
  | "cycle.read"
  /** Write the lägesbild, an action plan and its measures, decisions, the coordinating function. */
  | "cycle.write"
  | "actionPlan.approve"
  | "actionPlan.followUp"
  /** Show an adopted action plan on the municipality's public pages: the municipality's choice. */
  | "actionPlan.publish";

export type Resource =
  | { type: "system" }
  /** A record owned jointly by a municipality and a police area (agreement, promise, dialogue). */
  | { type: "joint"; municipalityId: string; policeAreaId: string | null }
  /** A record of one municipality that both parties work on (citizen dialogues). */
  | { type: "municipal"; municipalityId: string }
  | { type: "forum"; forumId: string; municipalityId: string; chairId: string | null }
  | {
      type: "actionItem";
      forumId: string;
      responsibleUserId: string | null;
      responsibleOrganisationId: string | null;
    }
  /** A user account, by where its organisation lies and what it may do. */
  | {
      type: "userAccount";
      organisationKind: OrganisationKind;
      municipalityId: string | null;
      policeAreaId: string | null;
      role: Role;
      mayManageUsers: boolean;
    }
  | { type: "account"; userId: string }
  /**
   * A record of the law's cycle (lägesbild, action plan, decision): both parties of the
   * municipality work on it; members of the forums linked to it (through the agreement the
   * plan is under) read it.
   */
  | { type: "cycle"; municipalityId: string; policeAreaId: string | null; linkedForumIds: readonly string[] };

const JOINT_WORK: readonly Action[] = [
  "agreement.read",
  "agreement.create",
  "agreement.update",
  "agreement.approve",
  "promise.read",
  "promise.create",
  "promise.update",
  "promise.approve",
  "promise.followUp",
  "dialogue.manage",
];
const FORUM_WORK: readonly Action[] = ["forum.read", "meeting.write", "actionItem.update"];
const CYCLE_WORK: readonly Action[] = ["cycle.read", "cycle.write", "actionPlan.approve", "actionPlan.followUp"];
const ADMINISTRATION: readonly Action[] = [
  "admin.manage",
  "municipality.manage",
  "policeArea.manage",
  "organisation.manage",
  "audit.read",
  "user.manage",
  "user.grant",
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set<Action>([...JOINT_WORK, ...FORUM_WORK, "forum.manage", "workingGroup.create", ...ADMINISTRATION, "account.update", ...CYCLE_WORK, "actionPlan.publish"]),
  // user.manage only with the per-user grant (Actor.mayManageUsers), and only in their own scope.
  MUNICIPAL_OFFICIAL: new Set<Action>([...JOINT_WORK, ...FORUM_WORK, "forum.manage", "workingGroup.create", "user.manage", "account.update", ...CYCLE_WORK, "actionPlan.publish"]),
  POLICE_STAFF: new Set<Action>([...JOINT_WORK, ...FORUM_WORK, "forum.manage", "workingGroup.create", "user.manage", "account.update", ...CYCLE_WORK]),
  FORUM_MEMBER: new Set<Action>([...FORUM_WORK, "forum.manage", "account.update", "cycle.read"]),
};

export function hasPermission(role: Role, action: Action): boolean {
  return ROLE_PERMISSIONS[role].has(action);
}

export function authorize(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  if (!hasPermission(actor.role, action)) return false;
  if (actor.role === "ADMIN") return true;

  switch (resource.type) {
    case "system":
      return false;
    case "joint":
      return inJointScope(actor, resource);
    case "municipal":
      return actor.municipalityIds.includes(resource.municipalityId);
    case "forum":
      return forumAllows(actor, action, resource);
    case "actionItem":
      return actionItemAllows(actor, resource);
    case "userAccount":
      return action === "user.manage" && userAccountAllows(actor, resource);
    case "account":
      return resource.userId === actor.id;
    case "cycle":
      return cycleAllows(actor, action, resource);
  }
}

/**
 * The law's cycle: officials and police staff of the municipality write and read; a
 * member of a forum linked to the record reads it (and nothing more); forum members
 * reach nothing else of it.
 */
function cycleAllows(actor: Actor, action: Action, record: Extract<Resource, { type: "cycle" }>) {
  const linked = record.linkedForumIds.some((id) => actor.forumIds.includes(id));
  if (action === "cycle.read" && linked) return true;
  if (actor.role === "FORUM_MEMBER") return false;
  // Publishing is the municipality's own choice: its officials, not the police.
  if (action === "actionPlan.publish" && actor.organisation.kind !== "MUNICIPAL_DEPARTMENT") return false;
  if (actor.organisation.kind === "POLICE_AREA") {
    return record.policeAreaId !== null ? actor.policeAreaIds.includes(record.policeAreaId) : actor.municipalityIds.includes(record.municipalityId);
  }
  if (actor.organisation.kind !== "MUNICIPAL_DEPARTMENT") return false;
  return actor.municipalityIds.includes(record.municipalityId);
}

/**
 * A user manager (granted per user by an administrator) reaches the accounts of their own
 * municipality's departments (an official) or their own police area's units (police staff),
 * and nothing else: never an administrator's account nor another user manager's, which stay
 * with the administrators, and never an external actor's.
 */
function userAccountAllows(actor: Actor, account: Extract<Resource, { type: "userAccount" }>) {
  if (!actor.mayManageUsers) return false;
  if (account.role === "ADMIN" || account.mayManageUsers) return false;
  if (actor.role === "MUNICIPAL_OFFICIAL" && actor.organisation.kind === "MUNICIPAL_DEPARTMENT") {
    return account.organisationKind === "MUNICIPAL_DEPARTMENT" && account.municipalityId !== null && actor.municipalityIds.includes(account.municipalityId);
  }
  if (actor.role === "POLICE_STAFF" && actor.organisation.kind === "POLICE_AREA") {
    return account.organisationKind === "POLICE_AREA" && account.policeAreaId !== null && actor.policeAreaIds.includes(account.policeAreaId);
  }
  return false;
}

/** Whether the actor may open the administration at all: administrators, and user managers for their users. */
export function mayUseAdministration(actor: Actor | null): boolean {
  if (!actor) return false;
  if (authorize(actor, "admin.manage", { type: "system" })) return true;
  return hasPermission(actor.role, "user.manage") && actor.mayManageUsers;
}

function inJointScope(actor: Actor, record: { municipalityId: string; policeAreaId: string | null }) {
  if (actor.organisation.kind === "POLICE_AREA") {
    return record.policeAreaId !== null && actor.policeAreaIds.includes(record.policeAreaId);
  }
  return actor.municipalityIds.includes(record.municipalityId);
}

function forumAllows(actor: Actor, action: Action, forum: { forumId: string; chairId: string | null }) {
  const isMember = actor.forumIds.includes(forum.forumId);
  switch (action) {
    case "forum.manage":
      // Creating forums and managing membership is the chair's (and the administrator's).
      return forum.chairId === actor.id;
    case "workingGroup.create":
      return isMember;
    default:
      return isMember;
  }
}

function actionItemAllows(
  actor: Actor,
  item: { forumId: string; responsibleUserId: string | null; responsibleOrganisationId: string | null },
) {
  if (!actor.forumIds.includes(item.forumId)) return false;
  if (actor.chairedForumIds.includes(item.forumId)) return true;
  return item.responsibleUserId === actor.id || item.responsibleOrganisationId === actor.organisation.id;
}

/** For "not found, not forbidden": callers turn a refused read into a 404. */
export class NotAuthorizedError extends Error {
  constructor(readonly action: Action) {
    super(`Not authorized: ${action}`);
    this.name = "NotAuthorizedError";
  }
}

export function assertAuthorized(actor: Actor | null, action: Action, resource: Resource): asserts actor is Actor {
  if (!authorize(actor, action, resource)) throw new NotAuthorizedError(action);
}
