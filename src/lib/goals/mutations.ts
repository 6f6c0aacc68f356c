import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import { agreementTextChanged, loadAgreementForWrite } from "@/lib/agreements/mutations";
import { isEditable } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { quotingRecordsChanged } from "@/lib/approvals/quoting";
import { closeGap, moveAmongSiblings, nextPosition, wouldCreateCycle } from "./tree";

/**
 * Goals are part of the agreement's text: they change only while the agreement is a
 * draft or in preparation, and a change gives the agreement a new version and withdraws
 * standing approvals, as a text edit does. Every write takes the agreement's lock first
 * (loadAgreementForWrite), so it never interleaves with an approval.
 */
async function editableAgreement(tx: Tx, actor: Actor, agreementId: string) {
  const agreement = await loadAgreementForWrite(tx, actor, agreementId, "agreement.update");
  if (!isEditable(agreement.status)) throw new DomainError("agreements.errors.notEditable");
  return agreement;
}

async function loadGoal(tx: Tx, actor: Actor, goalId: string) {
  const owner = await tx.goal.findUnique({ where: { id: goalId }, select: { agreementId: true } });
  if (!owner) throw new NotFoundError("Goal");
  const agreement = await editableAgreement(tx, actor, owner.agreementId);
  // Read under the agreement's lock: what an earlier writer left, not what it found.
  const goal = await tx.goal.findUnique({ where: { id: goalId } });
  if (!goal) throw new NotFoundError("Goal");
  const siblingsAndAll = await tx.goal.findMany({
    where: { agreementId: goal.agreementId },
    select: { id: true, parentId: true, position: true },
  });
  return { goal, agreement, goals: siblingsAndAll };
}

async function writePositions(tx: Tx, positions: { id: string; position: number }[]) {
  for (const { id, position } of positions) await tx.goal.update({ where: { id }, data: { position } });
}

export async function createGoal(actor: Actor, input: { agreementId: string; parentId: string | null; title: string; description: string }) {
  return transaction(async (tx) => {
    const agreement = await editableAgreement(tx, actor, input.agreementId);
    const goals = await tx.goal.findMany({ where: { agreementId: agreement.id }, select: { id: true, parentId: true, position: true } });
    if (input.parentId && !goals.some((g) => g.id === input.parentId)) throw new DomainError("goals.errors.parentElsewhere", "parentId");
    const goal = await tx.goal.create({
      data: {
        agreementId: agreement.id,
        parentId: input.parentId,
        position: nextPosition(goals, input.parentId),
        title: input.title,
        description: input.description,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    await agreementTextChanged(tx, actor, agreement);
    await recordAudit(
      {
        userId: actor.id,
        action: "goal.create",
        entityType: "Goal",
        entityId: goal.id,
        contextId: agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, { title: input.title, description: input.description, parentId: input.parentId }) as never,
      },
      tx,
    );
    return goal;
  });
}

export async function updateGoal(
  actor: Actor,
  input: { id: string; version: number; parentId: string | null; title: string; description: string },
) {
  return transaction(async (tx) => {
    const { goal, agreement, goals } = await loadGoal(tx, actor, input.id);
    if (goal.version !== input.version) throw new ConflictError("Goal", goal.id, input.version);
    if (input.parentId && !goals.some((g) => g.id === input.parentId)) throw new DomainError("goals.errors.parentElsewhere", "parentId");
    if (wouldCreateCycle(goals, goal.id, input.parentId)) throw new DomainError("goals.errors.cycle", "parentId");

    const moving = input.parentId !== goal.parentId;
    const { count } = await tx.goal.updateMany({
      where: { id: goal.id, version: input.version },
      data: {
        title: input.title,
        description: input.description,
        parentId: input.parentId,
        position: moving ? nextPosition(goals, input.parentId) : goal.position,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("Goal", goal.id, input.version);
    if (moving) await writePositions(tx, closeGap(goals, goal.parentId, goal.id));
    await agreementTextChanged(tx, actor, agreement);
    if (input.title !== goal.title) {
      await quotingRecordsChanged(tx, actor, { promises: { goals: { some: { goalId: goal.id } } }, actionPlans: { activities: { some: { goalId: goal.id } } } });
    }
    await recordAudit(
      {
        userId: actor.id,
        action: "goal.update",
        entityType: "Goal",
        entityId: goal.id,
        contextId: agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(goal, { title: input.title, description: input.description, parentId: input.parentId }) as never,
      },
      tx,
    );
    return { agreementId: agreement.id };
  });
}

export async function moveGoal(actor: Actor, input: { id: string; direction: "up" | "down" }) {
  return transaction(async (tx) => {
    const { goal, agreement, goals } = await loadGoal(tx, actor, input.id);
    const positions = moveAmongSiblings(goals, goal.id, input.direction);
    if (positions.length === 0) return { agreementId: agreement.id };
    await writePositions(tx, positions);
    await agreementTextChanged(tx, actor, agreement);
    await recordAudit(
      {
        userId: actor.id,
        action: "goal.move",
        entityType: "Goal",
        entityId: goal.id,
        contextId: agreement.id,
        municipalityId: agreement.municipalityId,
        changes: { position: { from: goal.position, to: positions.find((p) => p.id === goal.id)!.position } },
      },
      tx,
    );
    return { agreementId: agreement.id };
  });
}

/** Removes a goal that nothing traces to and that has no sub-goals. */
export async function deleteGoal(actor: Actor, input: { id: string }) {
  return transaction(async (tx) => {
    const { goal, agreement, goals } = await loadGoal(tx, actor, input.id);
    if (goals.some((g) => g.parentId === goal.id)) throw new DomainError("goals.errors.hasChildren");
    // One after the other: a transaction is one connection, which runs one query at a time.
    const promises = await tx.promiseGoal.count({ where: { goalId: goal.id } });
    const activities = await tx.activity.count({ where: { goalId: goal.id } });
    const actionItems = await tx.actionItem.count({ where: { goalId: goal.id } });
    if (promises + activities + actionItems > 0) throw new DomainError("goals.errors.traced");
    await tx.goal.delete({ where: { id: goal.id } });
    await writePositions(tx, closeGap(goals, goal.parentId, goal.id));
    await agreementTextChanged(tx, actor, agreement);
    await recordAudit(
      {
        userId: actor.id,
        action: "goal.delete",
        entityType: "Goal",
        entityId: goal.id,
        contextId: agreement.id,
        municipalityId: agreement.municipalityId,
        changes: { title: { from: goal.title, to: null } },
      },
      tx,
    );
    return { agreementId: agreement.id };
  });
}
