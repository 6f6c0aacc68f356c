import type { ActionPlanStatus, ActivityStatus, TrafficLight } from "@/generated/prisma/enums";

/**
 * An action plan's life: a draft the parties write together, adopted when both approved
 * the same version (like an agreement). Adopted text is fixed; a revision is a new plan for
 * the next period. Follow-up (figures, status, traffic light) goes on without approvals.
 */
export function isEditable(status: ActionPlanStatus): boolean {
  return status === "DRAFT";
}

export const isApprovable = isEditable;

const FINISHED: readonly ActivityStatus[] = ["DONE", "CANCELLED"];

/** A measure is late when its date has passed and it is neither done nor cancelled. */
export function isLate(measure: { dueOn: Date | null; status: ActivityStatus }, today = new Date()): boolean {
  if (!measure.dueOn || FINISHED.includes(measure.status)) return false;
  const endOfDueDay = measure.dueOn.getTime() + 24 * 60 * 60 * 1000;
  return endOfDueDay <= today.getTime();
}

/** What the responsible organisation's overview shows: red, or late. */
export function needsAttention(measure: { dueOn: Date | null; status: ActivityStatus; rating: TrafficLight | null }, today = new Date()): boolean {
  return measure.rating === "RED" || isLate(measure, today);
}
