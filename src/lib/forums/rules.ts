import type { ActionItemStatus, ForumLevel, ForumRole } from "@/generated/prisma/enums";

/** The levels of the collaboration model, top down: a political council or committee (beredning) first. */
export const FORUM_LEVELS = ["POLITICAL", "STRATEGIC", "TACTICAL", "OPERATIVE"] as const satisfies readonly ForumLevel[];

/** The roles a function can be added with; the chair's role only moves (changeChair). */
export const ADDABLE_ROLES = ["MEMBER", "SECRETARY", "ADJUNCT", "GUEST_ORGANISATION"] as const satisfies readonly ForumRole[];

/**
 * Forum rules as plain functions: which items are still open and carry over to the next
 * meeting, and where an item escalates to (operative → tactical → strategic).
 */

export const OPEN_STATUSES: readonly ActionItemStatus[] = ["OPEN", "IN_PROGRESS"];

export const isOpen = (status: ActionItemStatus) => OPEN_STATUSES.includes(status);

export interface CarryOverCandidate {
  id: string;
  status: ActionItemStatus;
  meetingStartsAt: Date | null;
  dueOn: Date;
}

/** Open items from meetings held before `meetingStartsAt`, oldest due first: the next agenda's follow-ups. */
export function carriedOver<T extends CarryOverCandidate>(items: T[], meetingStartsAt: Date): T[] {
  return items
    .filter((i) => isOpen(i.status) && i.meetingStartsAt !== null && i.meetingStartsAt < meetingStartsAt)
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
}

const LEVEL_ABOVE: Record<ForumLevel, ForumLevel | null> = { OPERATIVE: "TACTICAL", TACTICAL: "STRATEGIC", STRATEGIC: "POLITICAL", POLITICAL: null };

/** An item escalates to the forum this one reports to, which must sit one level up. */
export function canEscalate(forum: { level: ForumLevel; kind: "FORUM" | "WORKING_GROUP" }, parent: { level: ForumLevel } | null): boolean {
  if (!parent) return false;
  // A working group reports to the forum that set it up, whatever its level.
  if (forum.kind === "WORKING_GROUP") return true;
  return LEVEL_ABOVE[forum.level] === parent.level;
}

export function isOverdue(item: { status: ActionItemStatus; dueOn: Date }, today: Date): boolean {
  return isOpen(item.status) && item.dueOn < today;
}
