import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized, type Action, type Resource } from "@/lib/auth/permissions";
import { jointScopeWhere } from "@/lib/auth/scope";
import { lockSubject } from "@/lib/approvals/lock-subject";
import { recordPartyApproval } from "@/lib/approvals/record-approval";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { isApprovable, isEditable } from "./lifecycle";
import type { TCreateActionPlan, TUpdateActionPlan } from "./schemas";
import { actionPlanSnapshotInclude, buildActionPlanSnapshot } from "./snapshot";

/** What `authorize` is asked about a record under an agreement: its parties, and the forums linked to it. */
export function agreementCycleResource(agreement: { municipalityId: string; policeAreaId: string; forums: { id: string }[] }): Resource {
  return { type: "cycle", municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId, linkedForumIds: agreement.forums.map((f) => f.id) };
}

const agreementForCycle = { select: { id: true, municipalityId: true, policeAreaId: true, forums: { select: { id: true } } } } as const;

/**
 * Loads an action plan for a write inside the transaction. It takes the plan's row lock
 * first, so every edit of the plan or its measures and every approval run one after
 * another, each reading the version the one before left (as for agreements and promises).
 */
export async function loadActionPlanForWrite(tx: Tx, actor: Actor, id: string, action: Action) {
  await lockSubject(tx, "ActionPlan", id);
  const plan = await tx.actionPlan.findUnique({ where: { id }, include: { agreement: agreementForCycle } });
  if (!plan) throw new NotFoundError("ActionPlan");
  assertAuthorized(actor, action, agreementCycleResource(plan.agreement));
  return { ...plan, municipalityId: plan.agreement.municipalityId, policeAreaId: plan.agreement.policeAreaId };
}

export async function withdrawActionPlanApprovals(tx: Tx, actor: Actor, plan: { id: string; municipalityId: string }) {
  const { count } = await tx.approval.updateMany({ where: { actionPlanId: plan.id, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
  if (count > 0) {
    await recordAudit(
      { userId: actor.id, action: "actionPlan.approvalsWithdrawn", entityType: "ActionPlan", entityId: plan.id, municipalityId: plan.municipalityId, changes: { approvals: { from: count, to: 0 } } },
      tx,
    );
  }
}

/** A change to the plan's measures: a new version of the plan, and withdrawn approvals. */
export async function actionPlanChanged(tx: Tx, actor: Actor, plan: { id: string; municipalityId: string }) {
  await tx.actionPlan.update({ where: { id: plan.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
  await withdrawActionPlanApprovals(tx, actor, plan);
}

async function validateAnalysis(tx: Tx, analysisId: string | null, municipalityId: string) {
  if (!analysisId) return;
  const analysis = await tx.situationalAnalysis.findFirst({ where: { id: analysisId, municipalityId }, select: { id: true } });
  if (!analysis) throw new DomainError("cycle.errors.analysisElsewhere", "analysisId");
}

const scalars = (input: Omit<TUpdateActionPlan, "id" | "version">) => ({
  title: input.title,
  periodStart: input.periodStart,
  periodEnd: input.periodEnd,
  analysisId: input.analysisId,
});

export async function createActionPlan(actor: Actor, input: TCreateActionPlan) {
  return transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({ where: { id: input.agreementId, ...jointScopeWhere(actor) }, ...agreementForCycle });
    if (!agreement) throw new NotFoundError("Agreement");
    assertAuthorized(actor, "cycle.write", agreementCycleResource(agreement));
    await validateAnalysis(tx, input.analysisId, agreement.municipalityId);
    const plan = await tx.actionPlan.create({ data: { ...scalars(input), agreementId: agreement.id, createdById: actor.id, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "actionPlan.create",
        entityType: "ActionPlan",
        entityId: plan.id,
        contextId: agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, scalars(input)) as never,
      },
      tx,
    );
    return plan;
  });
}

export async function updateActionPlan(actor: Actor, input: TUpdateActionPlan) {
  return transaction(async (tx) => {
    const before = await loadActionPlanForWrite(tx, actor, input.id, "cycle.write");
    if (!isEditable(before.status)) throw new DomainError("cycle.errors.planNotEditable");
    if (before.version !== input.version) throw new ConflictError("ActionPlan", before.id, input.version);
    await validateAnalysis(tx, input.analysisId, before.municipalityId);
    const { count } = await tx.actionPlan.updateMany({ where: { id: before.id, version: input.version }, data: { ...scalars(input), updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("ActionPlan", before.id, input.version);
    await withdrawActionPlanApprovals(tx, actor, before);
    await recordAudit(
      {
        userId: actor.id,
        action: "actionPlan.update",
        entityType: "ActionPlan",
        entityId: before.id,
        contextId: before.agreementId,
        municipalityId: before.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(before as Record<string, unknown>, scalars(input)) as never,
      },
      tx,
    );
    return { id: before.id };
  });
}

/**
 * One party's approval of the plan's current version. When both stand behind the same
 * version, the plan is adopted: a frozen copy of exactly that version is kept
 * (ActionPlanPublication), which the public pages read if the municipality publishes it.
 */
export async function approveActionPlan(actor: Actor, input: { id: string; version: number }) {
  return transaction(async (tx) => {
    const plan = await loadActionPlanForWrite(tx, actor, input.id, "actionPlan.approve");
    if (!isApprovable(plan.status)) throw new DomainError("cycle.errors.planNotApprovable");
    if (plan.version !== input.version) throw new ConflictError("ActionPlan", plan.id, input.version, "approval");
    const measures = await tx.activity.count({ where: { actionPlanId: plan.id } });
    if (measures === 0) throw new DomainError("cycle.errors.planEmpty");
    const { complete } = await recordPartyApproval(tx, actor, { kind: "actionPlan", id: plan.id, version: plan.version, municipalityId: plan.municipalityId });
    if (!complete) return { adopted: false };

    const full = await tx.actionPlan.findUniqueOrThrow({ where: { id: plan.id }, include: actionPlanSnapshotInclude });
    await tx.actionPlanPublication.create({
      data: { actionPlanId: plan.id, planVersion: plan.version, snapshot: buildActionPlanSnapshot(full) as never, adoptedById: actor.id },
    });
    await tx.actionPlan.update({ where: { id: plan.id }, data: { status: "ADOPTED", version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "actionPlan.adopt",
        entityType: "ActionPlan",
        entityId: plan.id,
        contextId: plan.agreementId,
        municipalityId: plan.municipalityId,
        entityVersion: plan.version + 1,
        changes: { status: { from: plan.status, to: "ADOPTED" } },
      },
      tx,
    );
    return { adopted: true };
  });
}

/** The municipality shows (or stops showing) the adopted plan on its public pages. */
export async function setActionPlanPublished(actor: Actor, input: { id: string; version: number; published: boolean }) {
  return transaction(async (tx) => {
    const plan = await loadActionPlanForWrite(tx, actor, input.id, "actionPlan.publish");
    if (plan.status !== "ADOPTED") throw new DomainError("cycle.errors.planNotAdopted");
    if (plan.version !== input.version) throw new ConflictError("ActionPlan", plan.id, input.version);
    await tx.actionPlan.update({ where: { id: plan.id }, data: { published: input.published, version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "actionPlan.publish",
        entityType: "ActionPlan",
        entityId: plan.id,
        contextId: plan.agreementId,
        municipalityId: plan.municipalityId,
        entityVersion: plan.version + 1,
        changes: { published: { from: plan.published, to: input.published } },
      },
      tx,
    );
    return { municipalityId: plan.municipalityId };
  });
}
