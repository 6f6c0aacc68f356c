import { DomainError, NotFoundError } from "@/lib/actions/domain-error";
import { isEditable as isPlanEditable } from "@/lib/action-plans/lifecycle";
import { actionPlanChanged, agreementCycleResource, loadActionPlanForWrite } from "@/lib/action-plans/mutations";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { loadPromiseForWrite, promisePlanChanged } from "@/lib/promises/mutations";
import { isEditable as isPromiseEditable } from "@/lib/promises/publishing";

/**
 * What an activity row belongs to: a citizen promise (its public activity plan) or an
 * agreement's action plan. Both are approvable records; the rows are part of what the
 * parties approve, so every write goes through the owner's lock, gives the owner a new
 * version and withdraws its standing approvals. The row itself, its follow-up, progress
 * and history are the same for both.
 */
export type ActivityOwner =
  | { kind: "promise"; id: string; municipalityId: string; policeAreaId: string }
  | { kind: "actionPlan"; id: string; municipalityId: string; policeAreaId: string; agreementId: string; periodStart: Date; periodEnd: Date };

export interface OwnerRef {
  promiseId?: string | null;
  actionPlanId?: string | null;
}

/** The owner, locked, when the actor may change its rows now. */
export async function editableOwner(tx: Tx, actor: Actor, ref: OwnerRef): Promise<ActivityOwner> {
  if (ref.actionPlanId) {
    const plan = await loadActionPlanForWrite(tx, actor, ref.actionPlanId, "cycle.write");
    if (!isPlanEditable(plan.status)) throw new DomainError("cycle.errors.planNotEditable");
    return { kind: "actionPlan", id: plan.id, municipalityId: plan.municipalityId, policeAreaId: plan.policeAreaId, agreementId: plan.agreementId, periodStart: plan.periodStart, periodEnd: plan.periodEnd };
  }
  if (!ref.promiseId) throw new NotFoundError("Activity");
  const promise = await loadPromiseForWrite(tx, actor, ref.promiseId, "promise.update");
  if (!isPromiseEditable(promise.status)) throw new DomainError("promises.errors.notEditable");
  return { kind: "promise", id: promise.id, municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId };
}

/** Its rows changed: a new version of the owner, and its approvals withdrawn. */
export async function ownerChanged(tx: Tx, actor: Actor, owner: ActivityOwner) {
  if (owner.kind === "promise") await promisePlanChanged(tx, actor, owner);
  else await actionPlanChanged(tx, actor, owner);
}

/** Where rows of the same owner are found. */
export const ownerWhere = (owner: ActivityOwner) => (owner.kind === "promise" ? { promiseId: owner.id } : { actionPlanId: owner.id });

/**
 * The owner of an activity for recording follow-up, which needs no approval: promise
 * follow-up for a promise's row, action plan follow-up for a measure.
 */
export async function ownerForFollowUp(tx: Tx, actor: Actor, activity: OwnerRef): Promise<ActivityOwner & { periodStart: Date; periodEnd: Date }> {
  if (activity.actionPlanId) {
    const plan = await tx.actionPlan.findUnique({
      where: { id: activity.actionPlanId },
      select: { id: true, agreementId: true, periodStart: true, periodEnd: true, agreement: { select: { municipalityId: true, policeAreaId: true, forums: { select: { id: true } } } } },
    });
    if (!plan) throw new NotFoundError("ActionPlan");
    assertAuthorized(actor, "actionPlan.followUp", agreementCycleResource(plan.agreement));
    return { kind: "actionPlan", id: plan.id, agreementId: plan.agreementId, municipalityId: plan.agreement.municipalityId, policeAreaId: plan.agreement.policeAreaId, periodStart: plan.periodStart, periodEnd: plan.periodEnd };
  }
  const promise = activity.promiseId
    ? await tx.citizenPromise.findUnique({ where: { id: activity.promiseId }, select: { id: true, municipalityId: true, policeAreaId: true, periodStart: true, periodEnd: true } })
    : null;
  if (!promise) throw new NotFoundError("CitizenPromise");
  assertAuthorized(actor, "promise.followUp", { type: "joint", municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId });
  return { kind: "promise", ...promise };
}
