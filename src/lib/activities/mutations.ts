import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { moveAmongSiblings } from "@/lib/goals/tree";
import { guardPersonalData, loadPromiseForWrite, promisePlanChanged } from "@/lib/promises/mutations";
import { isEditable } from "@/lib/promises/publishing";
import { periodStartOf } from "./periods";
import { ACTIVITY_FREE_TEXT, type TCreateActivity, type TCreateFollowUp, type TUpdateActivity, type TUpdateFollowUp } from "./schemas";

/**
 * The activity plan is part of the promise: rows change while the promise is editable,
 * and a change gives the promise a new version and withdraws standing approvals. Every
 * write takes the promise's lock first (loadPromiseForWrite), so it never interleaves with
 * an approval.
 */
async function editablePromise(tx: Tx, actor: Actor, promiseId: string) {
  const promise = await loadPromiseForWrite(tx, actor, promiseId, "promise.update");
  if (!isEditable(promise.status)) throw new DomainError("promises.errors.notEditable");
  return promise;
}

/** An activity and its editable promise, the activity read under the promise's lock. */
async function loadActivity(tx: Tx, actor: Actor, id: string) {
  const owner = await tx.activity.findUnique({ where: { id }, select: { promiseId: true } });
  if (!owner) throw new NotFoundError("Activity");
  const promise = await editablePromise(tx, actor, owner.promiseId);
  const activity = await tx.activity.findUnique({ where: { id } });
  if (!activity) throw new NotFoundError("Activity");
  return { activity, promise };
}

function fields(input: TCreateActivity | TUpdateActivity) {
  return {
    title: input.title,
    scope: input.scope,
    timing: input.timing,
    responsible: input.responsible,
    followUp: input.followUp,
    evaluation: input.evaluation,
    status: input.status,
    goalId: input.goalId,
    targetValue: input.targetValue,
    targetUnit: input.targetUnit,
  };
}

async function validateActivityLinks(tx: Tx, input: TCreateActivity | TUpdateActivity, promise: { municipalityId: string; policeAreaId: string }) {
  if (input.goalId) {
    const goal = await tx.goal.findFirst({ where: { id: input.goalId, agreement: { municipalityId: promise.municipalityId } }, select: { id: true } });
    if (!goal) throw new DomainError("promises.errors.goalElsewhere", "goalId");
  }
  if (input.responsibleOrgIds.length > 0) {
    const count = await tx.organisation.count({
      where: { id: { in: input.responsibleOrgIds }, OR: [{ municipalityId: promise.municipalityId }, { policeAreaId: promise.policeAreaId }] },
    });
    if (count !== input.responsibleOrgIds.length) throw new DomainError("activities.errors.organisationElsewhere", "responsibleOrgIds");
  }
}

/** The responsible organisations by name, sorted, for the history. */
async function organisationNames(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  const organisations = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { name: true } });
  return organisations.map((o) => o.name).sort((a, b) => a.localeCompare(b, "sv"));
}

const audit = (actor: Actor, action: string, activityId: string, promise: { id: string; municipalityId: string }, extra: { entityVersion?: number; changes?: unknown }) =>
  ({ userId: actor.id, action, entityType: "Activity", entityId: activityId, contextId: promise.id, municipalityId: promise.municipalityId, ...extra }) as never;

export async function createActivity(actor: Actor, input: TCreateActivity) {
  guardPersonalData(Object.fromEntries(ACTIVITY_FREE_TEXT.map((k) => [k, input[k]])), input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const promise = await editablePromise(tx, actor, input.promiseId);
    await validateActivityLinks(tx, input, promise);
    const last = await tx.activity.findFirst({ where: { promiseId: promise.id }, orderBy: { position: "desc" }, select: { position: true } });
    const activity = await tx.activity.create({
      data: {
        ...fields(input),
        promiseId: promise.id,
        position: (last?.position ?? -1) + 1,
        createdById: actor.id,
        updatedById: actor.id,
        responsibleOrgs: { create: input.responsibleOrgIds.map((organisationId) => ({ organisationId })) },
      },
    });
    await promisePlanChanged(tx, actor, promise);
    const responsibleOrgs = await organisationNames(tx, input.responsibleOrgIds);
    await recordAudit(audit(actor, "activity.create", activity.id, promise, { entityVersion: 1, changes: diffFields({}, { ...fields(input), responsibleOrgs }) }), tx);
    return activity;
  });
}

export async function updateActivity(actor: Actor, input: TUpdateActivity) {
  guardPersonalData(Object.fromEntries(ACTIVITY_FREE_TEXT.map((k) => [k, input[k]])), input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const { activity: before, promise } = await loadActivity(tx, actor, input.id);
    if (before.version !== input.version) throw new ConflictError("Activity", before.id, input.version);
    await validateActivityLinks(tx, input, promise);
    const orgsBefore = await tx.activityResponsible.findMany({ where: { activityId: before.id }, select: { organisationId: true } });
    const { count } = await tx.activity.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...fields(input), updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Activity", before.id, input.version);
    await tx.activityResponsible.deleteMany({ where: { activityId: before.id } });
    await tx.activityResponsible.createMany({ data: input.responsibleOrgIds.map((organisationId) => ({ activityId: before.id, organisationId })) });
    await promisePlanChanged(tx, actor, promise);
    const changes = diffFields(
      { ...before, responsibleOrgs: await organisationNames(tx, orgsBefore.map((o) => o.organisationId)) } as Record<string, unknown>,
      { ...fields(input), responsibleOrgs: await organisationNames(tx, input.responsibleOrgIds) },
    );
    await recordAudit(audit(actor, "activity.update", before.id, promise, { entityVersion: input.version + 1, changes }), tx);
    return { promiseId: promise.id };
  });
}

export async function moveActivity(actor: Actor, input: { id: string; direction: "up" | "down" }) {
  return transaction(async (tx) => {
    const { activity, promise } = await loadActivity(tx, actor, input.id);
    const rows = await tx.activity.findMany({ where: { promiseId: promise.id }, select: { id: true, position: true } });
    const positions = moveAmongSiblings(rows.map((r) => ({ ...r, parentId: null })), activity.id, input.direction);
    for (const { id, position } of positions) await tx.activity.update({ where: { id }, data: { position } });
    if (positions.length > 0) {
      await promisePlanChanged(tx, actor, promise);
      await recordAudit(audit(actor, "activity.move", activity.id, promise, { changes: { position: { from: activity.position + 1, to: positions.find((p) => p.id === activity.id)!.position + 1 } } }), tx);
    }
    return { promiseId: promise.id };
  });
}

export async function deleteActivity(actor: Actor, input: { id: string }) {
  return transaction(async (tx) => {
    const { activity, promise } = await loadActivity(tx, actor, input.id);
    await tx.activity.delete({ where: { id: activity.id } });
    const rest = await tx.activity.findMany({ where: { promiseId: promise.id }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const [position, row] of rest.entries()) if (row.position !== position) await tx.activity.update({ where: { id: row.id }, data: { position } });
    await promisePlanChanged(tx, actor, promise);
    await recordAudit(audit(actor, "activity.delete", activity.id, promise, { changes: { title: { from: activity.title, to: null } } }), tx);
    return { promiseId: promise.id };
  });
}

// ------------------------------------------------------------------ follow-up

async function activityForFollowUp(tx: Tx, actor: Actor, activityId: string) {
  const activity = await tx.activity.findUnique({ where: { id: activityId }, include: { promise: true } });
  if (!activity) throw new NotFoundError("Activity");
  assertAuthorized(actor, "promise.followUp", { type: "joint", municipalityId: activity.promise.municipalityId, policeAreaId: activity.promise.policeAreaId });
  return activity;
}

/** The other figures of a follow-up ("Deltagare: 12"), sorted, for the history. */
const figuresAsText = (figures: { label: string; value: number; countsTowardsTarget?: boolean }[]) =>
  figures
    .filter((f) => !f.countsTowardsTarget)
    .map((f) => `${f.label}: ${f.value}`)
    .sort((a, b) => a.localeCompare(b, "sv"));

function figureRows(input: TCreateFollowUp | TUpdateFollowUp, unit: string | null) {
  return [
    ...(input.achieved !== null ? [{ label: unit ?? "genomförda", value: input.achieved, countsTowardsTarget: true }] : []),
    ...input.figures.map((f) => ({ label: f.label, value: f.value, countsTowardsTarget: false })),
  ];
}

/**
 * What was done in one period: counted figures, a comment and a status. Progress is
 * reported live; it needs no new approval. The activity takes the latest period's status.
 */
export async function recordFollowUp(actor: Actor, input: TCreateFollowUp) {
  guardPersonalData({ done: input.done, comment: input.comment }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const activity = await activityForFollowUp(tx, actor, input.activityId);
    const periodStart = periodStartOf(input.periodType, input.periodStart);
    const clash = await tx.activityFollowUp.findUnique({
      where: { activityId_periodType_periodStart: { activityId: activity.id, periodType: input.periodType, periodStart } },
      select: { id: true },
    });
    if (clash) throw new DomainError("activities.errors.periodTaken", "periodStart");
    const followUp = await tx.activityFollowUp.create({
      data: {
        activityId: activity.id,
        periodType: input.periodType,
        periodStart,
        done: input.done,
        comment: input.comment,
        status: input.status,
        createdById: actor.id,
        updatedById: actor.id,
        figures: { create: figureRows(input, activity.targetUnit) },
      },
    });
    await syncActivityStatus(tx, activity.id);
    await recordAudit(
      {
        userId: actor.id,
        action: "followUp.create",
        entityType: "ActivityFollowUp",
        entityId: followUp.id,
        contextId: activity.promiseId,
        municipalityId: activity.promise.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, { periodStart, status: input.status, achieved: input.achieved, figures: figuresAsText(input.figures), done: input.done, comment: input.comment }) as never,
      },
      tx,
    );
    return { promiseId: activity.promiseId, municipalityId: activity.promise.municipalityId };
  });
}

export async function updateFollowUp(actor: Actor, input: TUpdateFollowUp) {
  guardPersonalData({ done: input.done, comment: input.comment }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const before = await tx.activityFollowUp.findUnique({ where: { id: input.id }, include: { figures: true } });
    if (!before) throw new NotFoundError("ActivityFollowUp");
    const activity = await activityForFollowUp(tx, actor, before.activityId);
    if (before.version !== input.version) throw new ConflictError("ActivityFollowUp", before.id, input.version);
    const periodStart = periodStartOf(input.periodType, input.periodStart);
    const clash = await tx.activityFollowUp.findFirst({
      where: { activityId: activity.id, periodType: input.periodType, periodStart, id: { not: before.id } },
      select: { id: true },
    });
    if (clash) throw new DomainError("activities.errors.periodTaken", "periodStart");
    const { count } = await tx.activityFollowUp.updateMany({
      where: { id: before.id, version: input.version },
      data: { periodType: input.periodType, periodStart, done: input.done, comment: input.comment, status: input.status, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("ActivityFollowUp", before.id, input.version);
    await tx.followUpFigure.deleteMany({ where: { followUpId: before.id } });
    await tx.followUpFigure.createMany({ data: figureRows(input, activity.targetUnit).map((f) => ({ ...f, followUpId: before.id })) });
    await syncActivityStatus(tx, activity.id);
    const achievedBefore = before.figures.find((f) => f.countsTowardsTarget)?.value ?? null;
    await recordAudit(
      {
        userId: actor.id,
        action: "followUp.update",
        entityType: "ActivityFollowUp",
        entityId: before.id,
        contextId: activity.promiseId,
        municipalityId: activity.promise.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(
          { periodStart: before.periodStart, status: before.status, achieved: achievedBefore, figures: figuresAsText(before.figures), done: before.done, comment: before.comment },
          { periodStart, status: input.status, achieved: input.achieved, figures: figuresAsText(input.figures), done: input.done, comment: input.comment },
        ) as never,
      },
      tx,
    );
    return { promiseId: activity.promiseId, municipalityId: activity.promise.municipalityId };
  });
}

async function syncActivityStatus(tx: Tx, activityId: string) {
  const latest = await tx.activityFollowUp.findFirst({ where: { activityId }, orderBy: { periodStart: "desc" }, select: { status: true } });
  if (latest) await tx.activity.update({ where: { id: activityId }, data: { status: latest.status } });
}
