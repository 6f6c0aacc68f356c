import type { PromiseStatus } from "@/generated/prisma/enums";
import { pickSnapshot, type PromiseSnapshot } from "./snapshot";

/**
 * A promise's publishing life: draft → awaiting approval → published → completed. Both
 * parties approve the same version before the public sees it; later changes wait for new
 * approvals while the public keeps reading the last approved publication.
 */

export const CRITERIA = ["criterionSafety", "criterionCrime", "criterionParticipation", "criterionTrust"] as const;
export type CriterionField = (typeof CRITERIA)[number];

/** The criteria a promise has not yet said how it meets. */
export function missingCriteria(promise: Record<CriterionField, string>): CriterionField[] {
  return CRITERIA.filter((c) => !promise[c].trim());
}

const TRANSITIONS: Record<PromiseStatus, readonly PromiseStatus[]> = {
  DRAFT: ["AWAITING_APPROVAL"],
  AWAITING_APPROVAL: ["DRAFT"],
  PUBLISHED: ["COMPLETED"],
  COMPLETED: [],
};

export function canTransition(from: PromiseStatus, to: PromiseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function manualTransitions(status: PromiseStatus): readonly PromiseStatus[] {
  return TRANSITIONS[status];
}

/** Completed promises are history: their text no longer changes. */
export function isEditable(status: PromiseStatus): boolean {
  return status !== "COMPLETED";
}

/** Approvals are asked for a first publication, or for changes to a published promise. */
export function isApprovable(status: PromiseStatus, hasUnpublishedChanges: boolean): boolean {
  return status === "AWAITING_APPROVAL" || (status === "PUBLISHED" && hasUnpublishedChanges);
}

/** Whether what is stored differs from what the public reads. */
export function hasUnpublishedChanges(current: PromiseSnapshot, published: PromiseSnapshot | null): boolean {
  if (!published) return true;
  return canonical(pickSnapshot(current)) !== canonical(pickSnapshot(published));
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export const PUBLIC_PROMISE_STATUSES: readonly PromiseStatus[] = ["PUBLISHED", "COMPLETED"];

/** What a reader is told of a promise's state: a published promise whose period lies ahead is upcoming, not ongoing. */
export type PromisePhase = PromiseStatus | "UPCOMING";

export function promisePhase(status: PromiseStatus, periodStart: Date | string, today = new Date()): PromisePhase {
  const start = typeof periodStart === "string" ? new Date(`${periodStart}T00:00:00.000Z`) : periodStart;
  return status === "PUBLISHED" && start.getTime() > today.getTime() ? "UPCOMING" : status;
}
