import { ConflictError, DomainError, NotFoundError, PersonalDataError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized, type Action } from "@/lib/auth/permissions";
import { jointScopeWhere } from "@/lib/auth/scope";
import { lockSubject } from "@/lib/approvals/lock-subject";
import { recordPartyApproval } from "@/lib/approvals/record-approval";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { firstFieldWithPersonalNumber } from "@/lib/privacy/personal-numbers";
import { canTransition, hasUnpublishedChanges, isApprovable, isEditable, missingCriteria } from "./publishing";
import { PROMISE_FREE_TEXT, type PromiseContent, type TCreatePromise, type TUpdatePromise } from "./schemas";
import { slugify } from "./slug";
import { buildPromiseSnapshot, snapshotInclude, type PromiseSnapshot } from "./snapshot";

const joint = (p: { municipalityId: string; policeAreaId: string }) => ({ type: "joint" as const, municipalityId: p.municipalityId, policeAreaId: p.policeAreaId });

/**
 * Loads a promise for a write inside the transaction, in the actor's scope. It takes the
 * promise's row lock first, so every edit of its text or activity plan and every approval
 * runs one after another, each reading the version the one before left.
 */
export async function loadPromiseForWrite(tx: Tx, actor: Actor, id: string, action: Action) {
  await lockSubject(tx, "CitizenPromise", id);
  const promise = await tx.citizenPromise.findFirst({ where: { id, ...jointScopeWhere(actor) } });
  if (!promise) throw new NotFoundError("CitizenPromise");
  assertAuthorized(actor, action, joint(promise));
  return promise;
}

/** Refuses text that looks like a personal identity number unless the user confirmed it is not one. */
export function guardPersonalData(fields: Record<string, string | null | undefined>, confirmed: boolean) {
  if (confirmed) return;
  const field = firstFieldWithPersonalNumber(fields);
  if (field) throw new PersonalDataError(field);
}

/** Any change to what the public would read withdraws standing approvals. */
export async function withdrawPromiseApprovals(tx: Tx, actor: Actor, promise: { id: string; municipalityId: string }) {
  const { count } = await tx.approval.updateMany({ where: { promiseId: promise.id, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
  if (count > 0) {
    await recordAudit(
      { userId: actor.id, action: "promise.approvalsWithdrawn", entityType: "CitizenPromise", entityId: promise.id, municipalityId: promise.municipalityId, changes: { approvals: { from: count, to: 0 } } },
      tx,
    );
  }
}

/**
 * A change to what the parties approve that is stored outside the promise's own row (its
 * activity plan): a new version of the promise, so that an approval quoting the version on
 * the approver's screen cannot stand behind a plan they did not see, and withdrawn approvals.
 */
export async function promisePlanChanged(tx: Tx, actor: Actor, promise: { id: string; municipalityId: string }) {
  await tx.citizenPromise.update({ where: { id: promise.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
  await withdrawPromiseApprovals(tx, actor, promise);
}

function scalars(input: PromiseContent) {
  return {
    title: input.title,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    focus: input.focus,
    place: input.place,
    targetGroup: input.targetGroup,
    targetGroupRationale: input.targetGroupRationale,
    background: input.background,
    citizenPerspective: input.citizenPerspective,
    criterionSafety: input.criterionSafety,
    criterionCrime: input.criterionCrime,
    criterionParticipation: input.criterionParticipation,
    criterionTrust: input.criterionTrust,
    conclusion: input.conclusion,
    agreementId: input.agreementId,
    renewsId: input.renewsId,
  };
}

async function validateLinks(tx: Tx, input: PromiseContent, municipalityId: string, selfId?: string) {
  if (input.agreementId) {
    const agreement = await tx.agreement.findFirst({ where: { id: input.agreementId, municipalityId }, select: { id: true } });
    if (!agreement) throw new DomainError("promises.errors.agreementElsewhere", "agreementId");
  }
  if (input.goalIds.length > 0) {
    const goals = await tx.goal.count({ where: { id: { in: input.goalIds }, agreement: { municipalityId } } });
    if (goals !== input.goalIds.length) throw new DomainError("promises.errors.goalElsewhere", "goalIds");
  }
  if (input.dialogueIds.length > 0) {
    const dialogues = await tx.citizenDialogue.count({ where: { id: { in: input.dialogueIds }, municipalityId } });
    if (dialogues !== input.dialogueIds.length) throw new DomainError("promises.errors.dialogueElsewhere", "dialogueIds");
  }
  if (input.renewsId) {
    if (input.renewsId === selfId) throw new DomainError("promises.errors.renewsItself", "renewsId");
    const earlier = await tx.citizenPromise.findFirst({ where: { id: input.renewsId, municipalityId }, select: { id: true } });
    if (!earlier) throw new DomainError("promises.errors.renewsElsewhere", "renewsId");
  }
}

async function uniqueSlug(tx: Tx, municipalityId: string, wanted: string, selfId?: string) {
  const base = wanted || "medborgarlofte";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const clash = await tx.citizenPromise.findFirst({ where: { municipalityId, slug, id: selfId ? { not: selfId } : undefined }, select: { id: true } });
    if (!clash) return slug;
  }
}

async function writeLinks(tx: Tx, promiseId: string, input: PromiseContent) {
  await tx.promiseSignatory.deleteMany({ where: { promiseId } });
  await tx.promiseGoal.deleteMany({ where: { promiseId } });
  await tx.promiseDialogue.deleteMany({ where: { promiseId } });
  await tx.promiseSignatory.createMany({ data: input.signatories.map((s, position) => ({ promiseId, position, ...s })) });
  await tx.promiseGoal.createMany({ data: input.goalIds.map((goalId) => ({ promiseId, goalId })) });
  await tx.promiseDialogue.createMany({ data: input.dialogueIds.map((dialogueId) => ({ promiseId, dialogueId })) });
}

const linksAsText = (input: Pick<PromiseContent, "signatories" | "goalIds" | "dialogueIds">) => ({
  signatories: input.signatories.map((s) => `${s.name}, ${s.title} (${s.party})`),
  goalIds: [...input.goalIds].sort(),
  dialogueIds: [...input.dialogueIds].sort(),
});

export async function createPromise(actor: Actor, input: TCreatePromise) {
  guardPersonalData(Object.fromEntries(PROMISE_FREE_TEXT.map((k) => [k, input[k]])), input.confirmNoPersonalData);
  return transaction(async (tx) => {
    assertAuthorized(actor, "promise.create", { type: "joint", municipalityId: input.municipalityId, policeAreaId: input.policeAreaId });
    const covers = await tx.policeAreaMunicipality.findUnique({
      where: { policeAreaId_municipalityId: { policeAreaId: input.policeAreaId, municipalityId: input.municipalityId } },
    });
    if (!covers) throw new DomainError("agreements.errors.areaNotCovering", "policeAreaId");
    await validateLinks(tx, input, input.municipalityId);
    const slug = await uniqueSlug(tx, input.municipalityId, input.slug || slugify(input.title));
    const promise = await tx.citizenPromise.create({
      data: { ...scalars(input), slug, municipalityId: input.municipalityId, policeAreaId: input.policeAreaId, createdById: actor.id, updatedById: actor.id },
    });
    await writeLinks(tx, promise.id, input);
    await recordAudit(
      {
        userId: actor.id,
        action: "promise.create",
        entityType: "CitizenPromise",
        entityId: promise.id,
        municipalityId: promise.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, { ...scalars(input), slug, ...linksAsText(input) }) as never,
      },
      tx,
    );
    return promise;
  });
}

export async function updatePromise(actor: Actor, input: TUpdatePromise) {
  guardPersonalData(Object.fromEntries(PROMISE_FREE_TEXT.map((k) => [k, input[k]])), input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const before = await loadPromiseForWrite(tx, actor, input.id, "promise.update");
    if (!isEditable(before.status)) throw new DomainError("promises.errors.notEditable");
    if (before.version !== input.version) throw new ConflictError("CitizenPromise", before.id, input.version);
    await validateLinks(tx, input, before.municipalityId, before.id);
    const links = await tx.citizenPromise.findUniqueOrThrow({
      where: { id: before.id },
      select: { signatories: { orderBy: { position: "asc" } }, goals: true, dialogues: true },
    });
    // The address stays once published, so that shared links keep working.
    const slug = before.status === "DRAFT" || before.status === "AWAITING_APPROVAL" ? await uniqueSlug(tx, before.municipalityId, input.slug || slugify(input.title), before.id) : before.slug;
    const { count } = await tx.citizenPromise.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...scalars(input), slug, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("CitizenPromise", before.id, input.version);
    await writeLinks(tx, before.id, input);
    await withdrawPromiseApprovals(tx, actor, before);
    const beforeLinks = linksAsText({ signatories: links.signatories, goalIds: links.goals.map((g) => g.goalId), dialogueIds: links.dialogues.map((d) => d.dialogueId) });
    await recordAudit(
      {
        userId: actor.id,
        action: "promise.update",
        entityType: "CitizenPromise",
        entityId: before.id,
        municipalityId: before.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields({ ...before, ...beforeLinks } as Record<string, unknown>, { ...scalars(input), slug, ...linksAsText(input) }) as never,
      },
      tx,
    );
    return { id: before.id };
  });
}

async function currentAndPublished(tx: Tx, promiseId: string) {
  const full = await tx.citizenPromise.findUniqueOrThrow({ where: { id: promiseId }, include: snapshotInclude });
  const latest = await tx.promisePublication.findFirst({ where: { promiseId }, orderBy: { publishedAt: "desc" } });
  const current = buildPromiseSnapshot(full);
  return { current, published: (latest?.snapshot as unknown as PromiseSnapshot | undefined) ?? null, activities: full.activities.length };
}

/**
 * One party's approval of what the public is to read. When both parties stand behind
 * the same version with all four criteria said, a publication is made: the public reads
 * that copy until the next one.
 */
export async function approvePromise(actor: Actor, input: { id: string; version: number }) {
  return transaction(async (tx) => {
    const promise = await loadPromiseForWrite(tx, actor, input.id, "promise.approve");
    if (promise.version !== input.version) throw new ConflictError("CitizenPromise", promise.id, input.version, "approval");
    const { current, published } = await currentAndPublished(tx, promise.id);
    if (!isApprovable(promise.status, hasUnpublishedChanges(current, published))) throw new DomainError("promises.errors.notApprovable");
    if (missingCriteria(promise).length > 0) throw new DomainError("promises.errors.criteriaMissing");
    const { complete } = await recordPartyApproval(tx, actor, { kind: "promise", ...promise });
    if (!complete) return { published: false };

    await tx.promisePublication.create({
      data: { promiseId: promise.id, promiseVersion: promise.version, snapshot: current as never, publishedById: actor.id },
    });
    // A new version: the approvals just used are spent, and later changes need new ones.
    await tx.citizenPromise.update({ where: { id: promise.id }, data: { status: "PUBLISHED", version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "promise.publish",
        entityType: "CitizenPromise",
        entityId: promise.id,
        municipalityId: promise.municipalityId,
        entityVersion: promise.version + 1,
        changes: { status: { from: promise.status, to: "PUBLISHED" } },
      },
      tx,
    );
    return { published: true, municipalityId: promise.municipalityId };
  });
}

export async function transitionPromise(actor: Actor, input: { id: string; version: number; to: "DRAFT" | "AWAITING_APPROVAL" | "COMPLETED" }) {
  return transaction(async (tx) => {
    const promise = await loadPromiseForWrite(tx, actor, input.id, "promise.update");
    if (promise.version !== input.version) throw new ConflictError("CitizenPromise", promise.id, input.version);
    if (!canTransition(promise.status, input.to)) throw new DomainError("promises.errors.badTransition");
    if (input.to === "AWAITING_APPROVAL" && missingCriteria(promise).length > 0) throw new DomainError("promises.errors.criteriaMissing");
    await tx.citizenPromise.update({ where: { id: promise.id }, data: { status: input.to, version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "promise.transition",
        entityType: "CitizenPromise",
        entityId: promise.id,
        municipalityId: promise.municipalityId,
        entityVersion: promise.version + 1,
        changes: { status: { from: promise.status, to: input.to } },
      },
      tx,
    );
  });
}
