import type { ActionPlanStatus } from "@/generated/prisma/enums";

/**
 * An action plan's life: a draft the parties write together, adopted when both approved
 * the same version (like an agreement). Adopted text is fixed; a revision is a new plan for
 * the next period. Follow-up (figures, status, traffic light) goes on without approvals.
 */
export function isEditable(status: ActionPlanStatus): boolean {
  return status === "DRAFT";
}

export const isApprovable = isEditable;
