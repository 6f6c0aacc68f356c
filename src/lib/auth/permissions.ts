import type { Role } from "@/generated/prisma/enums";
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
  | "admin.manage";

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
    };

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

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set<Action>([...JOINT_WORK, ...FORUM_WORK, "forum.manage", "workingGroup.create", "admin.manage"]),
  MUNICIPAL_OFFICIAL: new Set<Action>([...JOINT_WORK, ...FORUM_WORK, "forum.manage", "workingGroup.create"]),
  POLICE_STAFF: new Set<Action>([...JOINT_WORK, ...FORUM_WORK, "forum.manage", "workingGroup.create"]),
  FORUM_MEMBER: new Set<Action>([...FORUM_WORK, "forum.manage"]),
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
  }
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
