/**
 * A decision with a condition ("valid provided the council approves on …") is pending
 * until the condition is met; one without a condition is in force from its date.
 */
export type DecisionState = "IN_FORCE" | "PENDING" | "OVERDUE";

export function decisionState(d: { condition: string | null; conditionDueOn: Date | null; conditionMetOn: Date | null }, today = new Date()): DecisionState {
  if (!d.condition || d.conditionMetOn) return "IN_FORCE";
  if (d.conditionDueOn && d.conditionDueOn.getTime() + 24 * 60 * 60 * 1000 <= today.getTime()) return "OVERDUE";
  return "PENDING";
}
