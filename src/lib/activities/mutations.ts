import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { moveAmongSiblings } from "@/lib/goals/tree";
import { guardPersonalData } from "@/lib/promises/mutations";
import { editableOwner, ownerChanged, ownerForFollowUp, ownerWhere, type ActivityOwner } from "./owner";
import { periodEndOf, periodStartOf } from "./periods";
import { compareSwedish } from "@/lib/format/intl";
import { uniqueViolationField } from "@/lib/actions/unique-violation";
import {
  ACTIVITY_FREE_TEXT,
  MEASURE_FREE_TEXT,
  type TCreateActivity,
  type TCreateFollowUp,
  type TCreateMeasure,
  type TUpdateActivity,
  type TUpdateFollowUp,
  type TUpdateMeasure,
} from "./schemas";

/**
 * One model for every activity plan: a citizen promise's (its public part) and an
 * agreement's action plan (åtgärdsplan). Rows change while their owner is editable, and a
 * change gives the owner a new version and withdraws standing approvals. Every write takes
 * the owner's lock first (editableOwner), so it never interleaves with an approval.
 * Follow-up, progress and history are the same for both kinds.
 */

type RowInput = TCreateActivity | TUpdateActivity | TCreateMeasure | TUpdateMeasure;
const isMeasure = (input: RowInput): input is TCreateMeasure | TUpdateMeasure => "cause" in input;

/** An activity and its editable owner, the activity read under the owner's lock. */
async function loadActivity(tx: Tx, actor: Actor, id: string) {
  const ref = await tx.activity.findUnique({ where: { id }, select: { promiseId: true, actionPlanId: true } });
  if (!ref) throw new NotFoundError("Activity");
  const owner = await editableOwner(tx, actor, ref);
  const activity = await tx.activity.findUnique({ where: { id } });
  if (!activity) throw new NotFoundError("Activity");
  return { activity, owner };
}

function fields(input: RowInput) {
  const common = {
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
  if (!isMeasure(input)) return common;
  return {
    ...common,
    cause: input.cause,
    operationalGoal: input.operationalGoal,
    indicatorId: input.indicatorId,
    indicatorTarget: input.indicatorTarget,
    effortKind: input.effortKind,
    municipalityContribution: input.municipalityContribution,
    policeContribution: input.policeContribution,
    dueOn: input.dueOn,
  };
}

function guardRow(input: RowInput) {
  const keys = isMeasure(input) ? MEASURE_FREE_TEXT : ACTIVITY_FREE_TEXT;
  guardPersonalData(Object.fromEntries(keys.map((k) => [k, (input as unknown as Record<string, string | null>)[k]])), input.confirmNoPersonalData);
}

async function validateActivityLinks(tx: Tx, input: RowInput, owner: ActivityOwner) {
  if (input.goalId) {
    // A promise's row may serve any goal of its municipality's agreements; a measure, one of its own agreement's.
    const where = owner.kind === "actionPlan" ? { agreementId: owner.agreementId } : { agreement: { municipalityId: owner.municipalityId } };
    const goal = await tx.goal.findFirst({ where: { id: input.goalId, ...where }, select: { id: true } });
    if (!goal) throw new DomainError(owner.kind === "actionPlan" ? "cycle.errors.goalElsewhere" : "promises.errors.goalElsewhere", "goalId");
  }
  if (isMeasure(input) && input.indicatorId) {
    const indicator = await tx.indicator.findFirst({ where: { id: input.indicatorId, analysis: { municipalityId: owner.municipalityId } }, select: { id: true } });
    if (!indicator) throw new DomainError("cycle.errors.indicatorElsewhere", "indicatorId");
  }
  if (input.responsibleOrgIds.length > 0) {
    const count = await tx.organisation.count({
      where: { id: { in: input.responsibleOrgIds }, OR: [{ municipalityId: owner.municipalityId }, { policeAreaId: owner.policeAreaId }] },
    });
    if (count !== input.responsibleOrgIds.length) throw new DomainError("activities.errors.organisationElsewhere", "responsibleOrgIds");
  }
}

/**
 * A measure is due within its plan's period (periodEnd is its last day, inclusive): the plan
 * is what the parties commit to for that time, and its follow-ups cover only that time.
 */
function refuseDueOutsidePlan(plan: { periodStart: Date; periodEnd: Date }, dueOn: Date | null) {
  if (dueOn && dueOn < plan.periodStart) throw new DomainError("cycle.errors.dueBeforePlan", "dueOn");
  if (dueOn && dueOn > plan.periodEnd) throw new DomainError("cycle.errors.dueAfterPlan", "dueOn");
}

/** The responsible organisations by name, sorted, for the history. */
async function organisationNames(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  const organisations = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { name: true } });
  return organisations.map((o) => o.name).sort(compareSwedish);
}

const audit = (actor: Actor, action: string, activityId: string, owner: ActivityOwner, extra: { entityVersion?: number; changes?: unknown }) =>
  ({ userId: actor.id, action, entityType: "Activity", entityId: activityId, contextId: owner.id, municipalityId: owner.municipalityId, ...extra }) as never;

/** Where the caller goes back to: the promise or the action plan. */
const ownerIds = (owner: ActivityOwner) => ({
  promiseId: owner.kind === "promise" ? owner.id : null,
  actionPlanId: owner.kind === "actionPlan" ? owner.id : null,
});

/** A row of a promise's activity plan (promiseId) or a measure of an action plan (actionPlanId). */
export async function createActivity(actor: Actor, input: TCreateActivity | TCreateMeasure) {
  guardRow(input);
  return transaction(async (tx) => {
    const owner = await editableOwner(tx, actor, "actionPlanId" in input ? { actionPlanId: input.actionPlanId } : { promiseId: input.promiseId });
    if (isMeasure(input) && owner.kind === "actionPlan") refuseDueOutsidePlan(owner, input.dueOn);
    await validateActivityLinks(tx, input, owner);
    const last = await tx.activity.findFirst({ where: ownerWhere(owner), orderBy: { position: "desc" }, select: { position: true } });
    const activity = await tx.activity.create({
      data: {
        ...fields(input),
        ...ownerIds(owner),
        position: (last?.position ?? -1) + 1,
        createdById: actor.id,
        updatedById: actor.id,
        responsibleOrgs: { create: input.responsibleOrgIds.map((organisationId) => ({ organisationId })) },
      },
    });
    await ownerChanged(tx, actor, owner);
    const responsibleOrgs = await organisationNames(tx, input.responsibleOrgIds);
    await recordAudit(audit(actor, "activity.create", activity.id, owner, { entityVersion: 1, changes: diffFields({}, { ...fields(input), responsibleOrgs }) }), tx);
    return activity;
  });
}

export async function updateActivity(actor: Actor, input: TUpdateActivity | TUpdateMeasure) {
  guardRow(input);
  return transaction(async (tx) => {
    const { activity: before, owner } = await loadActivity(tx, actor, input.id);
    if (before.version !== input.version) throw new ConflictError("Activity", before.id, input.version);
    // A promise's form has no measure columns, and a measure is edited with them.
    if (isMeasure(input) !== (owner.kind === "actionPlan")) throw new DomainError("validation.invalid");
    if (isMeasure(input) && owner.kind === "actionPlan") refuseDueOutsidePlan(owner, input.dueOn);
    await validateActivityLinks(tx, input, owner);
    const orgsBefore = await tx.activityResponsible.findMany({ where: { activityId: before.id }, select: { organisationId: true } });
    const { count } = await tx.activity.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...fields(input), updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Activity", before.id, input.version);
    await tx.activityResponsible.deleteMany({ where: { activityId: before.id } });
    await tx.activityResponsible.createMany({ data: input.responsibleOrgIds.map((organisationId) => ({ activityId: before.id, organisationId })) });
    await ownerChanged(tx, actor, owner);
    const changes = diffFields(
      { ...before, responsibleOrgs: await organisationNames(tx, orgsBefore.map((o) => o.organisationId)) } as Record<string, unknown>,
      { ...fields(input), responsibleOrgs: await organisationNames(tx, input.responsibleOrgIds) },
    );
    await recordAudit(audit(actor, "activity.update", before.id, owner, { entityVersion: input.version + 1, changes }), tx);
    return ownerIds(owner);
  });
}

export async function moveActivity(actor: Actor, input: { id: string; direction: "up" | "down" }) {
  return transaction(async (tx) => {
    const { activity, owner } = await loadActivity(tx, actor, input.id);
    const rows = await tx.activity.findMany({ where: ownerWhere(owner), select: { id: true, position: true } });
    const positions = moveAmongSiblings(rows.map((r) => ({ ...r, parentId: null })), activity.id, input.direction);
    for (const { id, position } of positions) await tx.activity.update({ where: { id }, data: { position } });
    if (positions.length > 0) {
      await ownerChanged(tx, actor, owner);
      await recordAudit(audit(actor, "activity.move", activity.id, owner, { changes: { position: { from: activity.position + 1, to: positions.find((p) => p.id === activity.id)!.position + 1 } } }), tx);
    }
    return ownerIds(owner);
  });
}

export async function deleteActivity(actor: Actor, input: { id: string }) {
  return transaction(async (tx) => {
    const { activity, owner } = await loadActivity(tx, actor, input.id);
    await tx.activity.delete({ where: { id: activity.id } });
    const rest = await tx.activity.findMany({ where: ownerWhere(owner), orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const [position, row] of rest.entries()) if (row.position !== position) await tx.activity.update({ where: { id: row.id }, data: { position } });
    await ownerChanged(tx, actor, owner);
    await recordAudit(audit(actor, "activity.delete", activity.id, owner, { changes: { title: { from: activity.title, to: null } } }), tx);
    return ownerIds(owner);
  });
}

// ------------------------------------------------------------------ follow-up

async function activityForFollowUp(tx: Tx, actor: Actor, activityId: string) {
  const activity = await tx.activity.findUnique({ where: { id: activityId } });
  if (!activity) throw new NotFoundError("Activity");
  const owner = await ownerForFollowUp(tx, actor, activity);
  return { activity, owner };
}

/**
 * A period wholly outside the promise's or plan's time has nothing of it to report: one that
 * ended before it began, or began after its last day (periodEnd is that day, inclusive). A
 * period that overlaps either end is followed up as usual.
 */
function refuseOutsideOwner(owner: { periodStart: Date; periodEnd: Date }, periodType: TCreateFollowUp["periodType"], periodStart: Date) {
  if (periodEndOf(periodType, periodStart) <= owner.periodStart) throw new DomainError("activities.errors.beforeOwner", "period");
  if (periodStart > owner.periodEnd) throw new DomainError("activities.errors.afterOwner", "period");
}

/**
 * Two saves of the same period (two tabs) can both pass the check for one already reported;
 * the database's unique index refuses the second. That refusal names the column periodStart,
 * which the form does not have, so it is reported at the period field as the check would.
 */
async function periodOnce<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (uniqueViolationField(error) === "periodStart") throw new DomainError("activities.errors.periodTaken", "period");
    throw error;
  }
}

/** The other figures of a follow-up ("Deltagare: 12"), sorted, for the history. */
const figuresAsText = (figures: { label: string; value: number; countsTowardsTarget?: boolean }[]) =>
  figures
    .filter((f) => !f.countsTowardsTarget)
    .map((f) => `${f.label}: ${f.value}`)
    .sort(compareSwedish);

function figureRows(input: TCreateFollowUp | TUpdateFollowUp, unit: string | null) {
  return [
    ...(input.achieved !== null ? [{ label: unit ?? "genomförda", value: input.achieved, countsTowardsTarget: true }] : []),
    ...input.figures.map((f) => ({ label: f.label, value: f.value, countsTowardsTarget: false })),
  ];
}

/** A traffic light belongs to an action plan's follow-up; a promise's has none. */
const ratingFor = (owner: ActivityOwner, input: TCreateFollowUp | TUpdateFollowUp) => (owner.kind === "actionPlan" ? (input.rating ?? null) : null);

/**
 * The history's view of a follow-up; the traffic light only where there is one. Its period is
 * recorded whole, kind and start ("Tertial 2 2021 → maj 2021"): a change of length alone is a
 * change too, and the entry names the follow-up by the period it recorded.
 */
const followUpHistory = (
  owner: ActivityOwner,
  f: { periodType: string; periodStart: Date; status: string; rating: string | null; achieved: number | null; figures: string[]; done: string; comment: string },
) => {
  const { rating, periodType, periodStart, ...rest } = f;
  const period = { type: periodType, start: periodStart.toISOString() };
  return owner.kind === "actionPlan" ? { period, ...rest, rating } : { period, ...rest };
};

/**
 * What was done in one period: counted figures, a comment and a status (and, for a
 * measure, its traffic light). Progress is reported live; it needs no new approval. The
 * activity takes the latest period's status and traffic light.
 */
export async function recordFollowUp(actor: Actor, input: TCreateFollowUp) {
  guardPersonalData({ done: input.done, comment: input.comment }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const { activity, owner } = await activityForFollowUp(tx, actor, input.activityId);
    const periodStart = periodStartOf(input.periodType, input.periodStart);
    refuseOutsideOwner(owner, input.periodType, periodStart);
    const clash = await tx.activityFollowUp.findUnique({
      where: { activityId_periodType_periodStart: { activityId: activity.id, periodType: input.periodType, periodStart } },
      select: { id: true },
    });
    if (clash) throw new DomainError("activities.errors.periodTaken", "period");
    const rating = ratingFor(owner, input);
    const followUp = await periodOnce(tx.activityFollowUp.create({
      data: {
        activityId: activity.id,
        periodType: input.periodType,
        periodStart,
        done: input.done,
        comment: input.comment,
        status: input.status,
        rating,
        createdById: actor.id,
        updatedById: actor.id,
        figures: { create: figureRows(input, activity.targetUnit) },
      },
    }));
    await syncActivityStatus(tx, activity.id);
    await recordAudit(
      {
        userId: actor.id,
        action: "followUp.create",
        entityType: "ActivityFollowUp",
        entityId: followUp.id,
        contextId: owner.id,
        municipalityId: owner.municipalityId,
        entityVersion: 1,
        // The activity it reports on is kept (not as a change) so the entry can still name it once the activity is deleted.
        changes: {
          _activity: activity.id,
          ...diffFields(
            {},
            followUpHistory(owner, { periodType: input.periodType, periodStart, status: input.status, rating, achieved: input.achieved, figures: figuresAsText(input.figures), done: input.done, comment: input.comment }),
          ),
        } as never,
      },
      tx,
    );
    return { ...ownerIds(owner), municipalityId: owner.municipalityId };
  });
}

export async function updateFollowUp(actor: Actor, input: TUpdateFollowUp) {
  guardPersonalData({ done: input.done, comment: input.comment }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const before = await tx.activityFollowUp.findUnique({ where: { id: input.id }, include: { figures: true } });
    if (!before) throw new NotFoundError("ActivityFollowUp");
    const { activity, owner } = await activityForFollowUp(tx, actor, before.activityId);
    if (before.version !== input.version) throw new ConflictError("ActivityFollowUp", before.id, input.version);
    const periodStart = periodStartOf(input.periodType, input.periodStart);
    refuseOutsideOwner(owner, input.periodType, periodStart);
    const clash = await tx.activityFollowUp.findFirst({
      where: { activityId: activity.id, periodType: input.periodType, periodStart, id: { not: before.id } },
      select: { id: true },
    });
    if (clash) throw new DomainError("activities.errors.periodTaken", "period");
    const rating = ratingFor(owner, input);
    const { count } = await periodOnce(
      tx.activityFollowUp.updateMany({
        where: { id: before.id, version: input.version },
        data: { periodType: input.periodType, periodStart, done: input.done, comment: input.comment, status: input.status, rating, updatedById: actor.id, version: { increment: 1 } },
      }),
    );
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
        contextId: owner.id,
        municipalityId: owner.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(
          followUpHistory(owner, { periodType: before.periodType, periodStart: before.periodStart, status: before.status, rating: before.rating, achieved: achievedBefore, figures: figuresAsText(before.figures), done: before.done, comment: before.comment }),
          followUpHistory(owner, { periodType: input.periodType, periodStart, status: input.status, rating, achieved: input.achieved, figures: figuresAsText(input.figures), done: input.done, comment: input.comment }),
        ) as never,
      },
      tx,
    );
    return { ...ownerIds(owner), municipalityId: owner.municipalityId };
  });
}

async function syncActivityStatus(tx: Tx, activityId: string) {
  const latest = await tx.activityFollowUp.findFirst({ where: { activityId }, orderBy: [{ periodStart: "desc" }, { updatedAt: "desc" }], select: { status: true, rating: true } });
  if (latest) await tx.activity.update({ where: { id: activityId }, data: { status: latest.status, rating: latest.rating } });
}
