import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import type { TCreateDecision, TMeetCondition } from "./schemas";

const agreementSelect = { select: { id: true, municipalityId: true, policeAreaId: true, forums: { select: { id: true } } } } as const;

/** The agreement a decision is about: the one named, or the plan's. */
async function subjectOf(tx: Tx, ref: { agreementId: string | null; actionPlanId: string | null }) {
  if (ref.actionPlanId) {
    const plan = await tx.actionPlan.findUnique({ where: { id: ref.actionPlanId }, select: { id: true, agreement: agreementSelect } });
    if (!plan) throw new NotFoundError("ActionPlan");
    if (ref.agreementId && ref.agreementId !== plan.agreement.id) throw new DomainError("validation.invalid", "agreementId");
    return { agreement: plan.agreement, actionPlanId: plan.id };
  }
  const agreement = await tx.agreement.findUnique({ where: { id: ref.agreementId! }, ...agreementSelect });
  if (!agreement) throw new NotFoundError("Agreement");
  return { agreement, actionPlanId: null };
}

export async function createDecision(actor: Actor, input: TCreateDecision) {
  return transaction(async (tx) => {
    const { agreement, actionPlanId } = await subjectOf(tx, input);
    assertAuthorized(actor, "cycle.write", agreementCycleResource(agreement));
    const { agreementId: _a, actionPlanId: _p, ...fields } = input;
    const decision = await tx.decision.create({
      data: { ...fields, municipalityId: agreement.municipalityId, agreementId: agreement.id, actionPlanId, createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(
      {
        userId: actor.id,
        action: "decision.create",
        entityType: "Decision",
        entityId: decision.id,
        contextId: actionPlanId ?? agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, fields) as never,
      },
      tx,
    );
    return { agreementId: agreement.id, actionPlanId };
  });
}

export async function meetCondition(actor: Actor, input: TMeetCondition) {
  return transaction(async (tx) => {
    const before = await tx.decision.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Decision");
    const { agreement } = await subjectOf(tx, before);
    assertAuthorized(actor, "cycle.write", agreementCycleResource(agreement));
    if (!before.condition) throw new DomainError("cycle.errors.noCondition");
    if (before.version !== input.version) throw new ConflictError("Decision", before.id, input.version);
    await tx.decision.update({ where: { id: before.id }, data: { conditionMetOn: input.conditionMetOn, version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "decision.conditionMet",
        entityType: "Decision",
        entityId: before.id,
        contextId: before.actionPlanId ?? before.agreementId,
        municipalityId: before.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields({ conditionMetOn: before.conditionMetOn }, { conditionMetOn: input.conditionMetOn }) as never,
      },
      tx,
    );
    return { agreementId: before.agreementId, actionPlanId: before.actionPlanId };
  });
}
