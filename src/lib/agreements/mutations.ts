import type { Party } from "@/generated/prisma/enums";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized, type Action } from "@/lib/auth/permissions";
import { jointScopeWhere } from "@/lib/auth/scope";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { lockSubject } from "@/lib/approvals/lock-subject";
import { recordPartyApproval } from "@/lib/approvals/record-approval";
import { canTransition, isApprovable, isEditable, isReplaceable } from "./lifecycle";
import type { AgreementContent, TCreateAgreement, TUpdateAgreement } from "./schemas";
import { agreementSnapshotInclude, buildAgreementSnapshot } from "./snapshot";

const joint = (a: { municipalityId: string; policeAreaId: string }) => ({
  type: "joint" as const,
  municipalityId: a.municipalityId,
  policeAreaId: a.policeAreaId,
});

/**
 * Loads an agreement for a write inside the transaction, in the actor's scope. It takes
 * the agreement's row lock first, so every edit of its text or goals and every approval
 * runs one after another, each reading the version the one before left.
 */
export async function loadAgreementForWrite(tx: Tx, actor: Actor, id: string, action: Action) {
  await lockSubject(tx, "Agreement", id);
  const agreement = await tx.agreement.findFirst({ where: { id, ...jointScopeWhere(actor) } });
  if (!agreement) throw new NotFoundError("Agreement");
  assertAuthorized(actor, action, joint(agreement));
  return agreement;
}

/** An edit to the text after an approval withdraws it; returns how many were withdrawn. */
export async function withdrawApprovals(tx: Tx, actor: Actor, agreement: { id: string; municipalityId: string; version: number }) {
  const { count } = await tx.approval.updateMany({
    where: { agreementId: agreement.id, withdrawnAt: null },
    data: { withdrawnAt: new Date() },
  });
  if (count > 0) {
    await recordAudit(
      {
        userId: actor.id,
        action: "agreement.approvalsWithdrawn",
        entityType: "Agreement",
        entityId: agreement.id,
        municipalityId: agreement.municipalityId,
        changes: { approvals: { from: count, to: 0 } },
      },
      tx,
    );
  }
  return count;
}

/**
 * A change to what the parties approve that is stored outside the agreement's own row (its
 * goals): a new version of the agreement, so that an approval quoting the version on the
 * approver's screen cannot stand behind text they did not see, and withdrawn approvals.
 */
export async function agreementTextChanged(tx: Tx, actor: Actor, agreement: { id: string; municipalityId: string; version: number }) {
  await tx.agreement.update({ where: { id: agreement.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
  await withdrawApprovals(tx, actor, agreement);
}

function scalarFields(input: AgreementContent) {
  return {
    title: input.title,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    caseNumber: input.caseNumber,
    decisionBody: input.decisionBody,
    decisionParagraph: input.decisionParagraph,
    decisionDate: input.decisionDate,
    aim: input.aim,
    background: input.background,
    economy: input.economy,
    followUp: input.followUp,
    collaborationModel: input.collaborationModel,
    replacesId: input.replacesId,
  };
}

/** The lists of an agreement as comparable text, for the history. */
function listsAsText(input: Pick<AgreementContent, "priorities" | "signatories" | "basisDocuments">) {
  return {
    priorities: input.priorities.map((p) => p.text),
    signatories: input.signatories.map((s) => `${s.name}, ${s.title} (${s.party})`),
    basisDocuments: input.basisDocuments.map((b) => [b.title, b.publisher, b.year, b.url].filter(Boolean).join(", ")),
  };
}

async function validateReferences(tx: Tx, input: AgreementContent, municipalityId: string, selfId?: string) {
  if (input.caseNumber) {
    const clash = await tx.agreement.findFirst({
      where: { municipalityId, caseNumber: input.caseNumber, id: selfId ? { not: selfId } : undefined },
      select: { id: true },
    });
    if (clash) throw new DomainError("agreements.errors.duplicateCaseNumber", "caseNumber");
  }
  if (input.replacesId) {
    if (input.replacesId === selfId) throw new DomainError("agreements.errors.replacesItself", "replacesId");
    const replaced = await tx.agreement.findFirst({ where: { id: input.replacesId, municipalityId }, select: { status: true } });
    if (!replaced) throw new DomainError("agreements.errors.replacesOther", "replacesId");
    if (!isReplaceable(replaced.status)) throw new DomainError("agreements.errors.replacesNotAdopted", "replacesId");
  }
}

async function writeLists(tx: Tx, agreementId: string, municipalityId: string, input: AgreementContent, actor: Actor) {
  await tx.agreementPriority.deleteMany({ where: { agreementId } });
  await tx.agreementSignatory.deleteMany({ where: { agreementId } });
  await tx.agreementBasisDocument.deleteMany({ where: { agreementId } });
  await tx.agreementPriority.createMany({ data: input.priorities.map((p, position) => ({ agreementId, position, text: p.text })) });
  await tx.agreementSignatory.createMany({
    data: input.signatories.map((s, position) => ({ agreementId, position, name: s.name, title: s.title, party: s.party as Party })),
  });
  for (const [position, doc] of input.basisDocuments.entries()) {
    // Basis documents belong to the municipality and are shared by its agreements and promises,
    // which quote them in what their parties approve: a document named at another address is
    // another document, never a change to the one others quote.
    const existing = await tx.basisDocument.findFirst({
      where: { municipalityId, title: doc.title, publisher: doc.publisher, year: doc.year, url: doc.url },
      select: { id: true },
    });
    const basisDocumentId =
      existing?.id ??
      (await tx.basisDocument.create({ data: { municipalityId, ...doc, createdById: actor.id, updatedById: actor.id } })).id;
    await tx.agreementBasisDocument.create({ data: { agreementId, basisDocumentId, position } });
  }
}

export async function createAgreement(actor: Actor, input: TCreateAgreement) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "agreement.create", { type: "joint", municipalityId: input.municipalityId, policeAreaId: input.policeAreaId });
    const covers = await tx.policeAreaMunicipality.findUnique({
      where: { policeAreaId_municipalityId: { policeAreaId: input.policeAreaId, municipalityId: input.municipalityId } },
    });
    if (!covers) throw new DomainError("agreements.errors.areaNotCovering", "policeAreaId");
    await validateReferences(tx, input, input.municipalityId);

    const agreement = await tx.agreement.create({
      data: {
        ...scalarFields(input),
        municipalityId: input.municipalityId,
        policeAreaId: input.policeAreaId,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    await writeLists(tx, agreement.id, agreement.municipalityId, input, actor);
    await recordAudit(
      {
        userId: actor.id,
        action: "agreement.create",
        entityType: "Agreement",
        entityId: agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, { ...scalarFields(input), ...listsAsText(input) }) as never,
      },
      tx,
    );
    return agreement;
  });
}

export async function updateAgreement(actor: Actor, input: TUpdateAgreement) {
  return transaction(async (tx) => {
    const before = await loadAgreementForWrite(tx, actor, input.id, "agreement.update");
    if (!isEditable(before.status)) throw new DomainError("agreements.errors.notEditable");
    if (before.version !== input.version) throw new ConflictError("Agreement", before.id, input.version);
    await validateReferences(tx, input, before.municipalityId, before.id);

    const beforeLists = await tx.agreement.findUniqueOrThrow({
      where: { id: before.id },
      select: {
        priorities: { orderBy: { position: "asc" } },
        signatories: { orderBy: { position: "asc" } },
        basisDocs: { orderBy: { position: "asc" }, include: { basisDocument: true } },
      },
    });
    const { count } = await tx.agreement.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...scalarFields(input), updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Agreement", before.id, input.version);
    await writeLists(tx, before.id, before.municipalityId, input, actor);
    await withdrawApprovals(tx, actor, before);

    const changes = diffFields(
      {
        ...before,
        ...listsAsText({
          priorities: beforeLists.priorities,
          signatories: beforeLists.signatories,
          basisDocuments: beforeLists.basisDocs.map((b) => b.basisDocument),
        }),
      } as Record<string, unknown>,
      { ...scalarFields(input), ...listsAsText(input) },
    );
    await recordAudit(
      {
        userId: actor.id,
        action: "agreement.update",
        entityType: "Agreement",
        entityId: before.id,
        municipalityId: before.municipalityId,
        entityVersion: input.version + 1,
        changes: changes as never,
      },
      tx,
    );
    return { id: before.id };
  });
}

/** The agreement an adoption replaces, locked; refused unless it was adopted itself. */
async function replaceableForAdoption(tx: Tx, id: string) {
  await lockSubject(tx, "Agreement", id);
  const replaced = await tx.agreement.findUnique({ where: { id }, select: { id: true, status: true } });
  if (!replaced || !isReplaceable(replaced.status)) throw new DomainError("agreements.errors.replacesNotAdopted");
  return replaced;
}

/**
 * One party's approval of the agreement's current text. When both parties stand behind
 * the same version, the agreement is adopted: the public gets a frozen copy of exactly that
 * version (AgreementPublication), and the one it replaces is marked replaced.
 */
export async function approveAgreement(actor: Actor, input: { id: string; version: number }) {
  return transaction(async (tx) => {
    const agreement = await loadAgreementForWrite(tx, actor, input.id, "agreement.approve");
    if (!isApprovable(agreement.status)) throw new DomainError("agreements.errors.notApprovable");
    if (agreement.version !== input.version) throw new ConflictError("Agreement", agreement.id, input.version, "approval");
    const { complete } = await recordPartyApproval(tx, actor, { kind: "agreement", ...agreement });
    if (!complete) return { adopted: false };

    // Checked again here: the agreement named may have been chosen before this rule, and a
    // draft must never become public by being "replaced".
    const replaced = agreement.replacesId ? await replaceableForAdoption(tx, agreement.replacesId) : null;
    // Under the lock nothing has changed since the version both approved: this is their text.
    const full = await tx.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: agreementSnapshotInclude });
    await tx.agreementPublication.create({
      data: { agreementId: agreement.id, agreementVersion: agreement.version, snapshot: buildAgreementSnapshot(full) as never, adoptedById: actor.id },
    });
    await tx.agreement.update({ where: { id: agreement.id }, data: { status: "ADOPTED", version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      {
        userId: actor.id,
        action: "agreement.adopt",
        entityType: "Agreement",
        entityId: agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: agreement.version + 1,
        changes: { status: { from: agreement.status, to: "ADOPTED" } },
      },
      tx,
    );
    if (replaced) {
      const old = await tx.agreement.update({
        where: { id: replaced.id },
        data: { status: "REPLACED", version: { increment: 1 }, updatedById: actor.id },
      });
      await recordAudit(
        {
          userId: actor.id,
          action: "agreement.replaced",
          entityType: "Agreement",
          entityId: old.id,
          municipalityId: old.municipalityId,
          entityVersion: old.version,
          changes: { status: { from: replaced.status, to: "REPLACED" }, replacedBy: { from: null, to: agreement.id } },
        },
        tx,
      );
    }
    return { adopted: true };
  });
}

export async function transitionAgreement(actor: Actor, input: { id: string; version: number; to: "DRAFT" | "IN_PREPARATION" | "ACTIVE" | "EXPIRED" }) {
  return transaction(async (tx) => {
    const agreement = await loadAgreementForWrite(tx, actor, input.id, "agreement.update");
    if (agreement.version !== input.version) throw new ConflictError("Agreement", agreement.id, input.version);
    if (!canTransition(agreement.status, input.to)) throw new DomainError("agreements.errors.badTransition");
    await tx.agreement.update({
      where: { id: agreement.id },
      data: { status: input.to, version: { increment: 1 }, updatedById: actor.id },
    });
    await recordAudit(
      {
        userId: actor.id,
        action: "agreement.transition",
        entityType: "Agreement",
        entityId: agreement.id,
        municipalityId: agreement.municipalityId,
        entityVersion: agreement.version + 1,
        changes: { status: { from: agreement.status, to: input.to } },
      },
      tx,
    );
  });
}
