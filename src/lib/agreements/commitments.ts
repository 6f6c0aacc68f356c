import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { moveAmongSiblings } from "@/lib/goals/tree";
import { isEditable } from "./lifecycle";
import { agreementTextChanged, loadAgreementForWrite } from "./mutations";
import type { TCreateCommitment, TUpdateCommitment } from "./schemas";

/**
 * The agreement's joint commitments are part of its text: added while it is editable,
 * under the agreement's lock, giving it a new version and withdrawing approvals; adopted
 * with it into the frozen copy.
 */
export async function createCommitment(actor: Actor, input: TCreateCommitment) {
  return transaction(async (tx) => {
    const agreement = await loadAgreementForWrite(tx, actor, input.agreementId, "agreement.update");
    if (!isEditable(agreement.status)) throw new DomainError("agreements.errors.notEditable");
    const last = await tx.agreementCommitment.findFirst({ where: { agreementId: agreement.id }, orderBy: { position: "desc" }, select: { position: true } });
    const commitment = await tx.agreementCommitment.create({
      data: { agreementId: agreement.id, position: (last?.position ?? -1) + 1, heading: input.heading, text: input.text },
    });
    await agreementTextChanged(tx, actor, agreement);
    await recordAudit(
      {
        userId: actor.id,
        action: "commitment.create",
        entityType: "AgreementCommitment",
        entityId: commitment.id,
        contextId: agreement.id,
        municipalityId: agreement.municipalityId,
        changes: diffFields({}, { heading: input.heading, text: input.text }) as never,
      },
      tx,
    );
    return commitment;
  });
}

/** A commitment and its agreement, locked, when the actor may change the agreement's text now. */
async function loadCommitmentForWrite(tx: Tx, actor: Actor, id: string) {
  const found = await tx.agreementCommitment.findUnique({ where: { id }, select: { agreementId: true } });
  if (!found) throw new NotFoundError("AgreementCommitment");
  const agreement = await loadAgreementForWrite(tx, actor, found.agreementId, "agreement.update");
  if (!isEditable(agreement.status)) throw new DomainError("agreements.errors.notEditable");
  // Read again under the agreement's lock: a concurrent removal may have won.
  const commitment = await tx.agreementCommitment.findUnique({ where: { id } });
  if (!commitment) throw new NotFoundError("AgreementCommitment");
  return { agreement, commitment };
}

const audit = (actor: Actor, action: string, id: string, agreement: { id: string; municipalityId: string }, changes: Record<string, unknown>) => ({
  userId: actor.id,
  action,
  entityType: "AgreementCommitment",
  entityId: id,
  contextId: agreement.id,
  municipalityId: agreement.municipalityId,
  changes: changes as never,
});

/** Changes a commitment's heading and text, against the agreement's version the form showed. */
export async function updateCommitment(actor: Actor, input: TUpdateCommitment) {
  return transaction(async (tx) => {
    const { agreement, commitment } = await loadCommitmentForWrite(tx, actor, input.id);
    if (agreement.version !== input.version) throw new ConflictError("Agreement", agreement.id, input.version);
    const changes = diffFields({ heading: commitment.heading, text: commitment.text }, { heading: input.heading, text: input.text });
    if (Object.keys(changes).length === 0) return { agreementId: agreement.id };
    await tx.agreementCommitment.update({ where: { id: commitment.id }, data: { heading: input.heading, text: input.text } });
    await agreementTextChanged(tx, actor, agreement);
    await recordAudit(audit(actor, "commitment.update", commitment.id, agreement, changes), tx);
    return { agreementId: agreement.id };
  });
}

/** Moves a commitment one step in the agreement's order; nothing at either end. */
export async function moveCommitment(actor: Actor, input: { id: string; direction: "up" | "down" }) {
  return transaction(async (tx) => {
    const { agreement, commitment } = await loadCommitmentForWrite(tx, actor, input.id);
    const rows = await tx.agreementCommitment.findMany({ where: { agreementId: agreement.id }, select: { id: true, position: true } });
    const positions = moveAmongSiblings(rows.map((r) => ({ ...r, parentId: null })), commitment.id, input.direction);
    for (const { id, position } of positions) await tx.agreementCommitment.update({ where: { id }, data: { position } });
    if (positions.length > 0) {
      await agreementTextChanged(tx, actor, agreement);
      const to = positions.find((p) => p.id === commitment.id)!.position;
      await recordAudit(audit(actor, "commitment.move", commitment.id, agreement, { position: { from: commitment.position + 1, to: to + 1 } }), tx);
    }
    return { agreementId: agreement.id };
  });
}

/** Removes a commitment and closes the gap it leaves. */
export async function deleteCommitment(actor: Actor, input: { id: string }) {
  return transaction(async (tx) => {
    const { agreement, commitment } = await loadCommitmentForWrite(tx, actor, input.id);
    await tx.agreementCommitment.delete({ where: { id: commitment.id } });
    const rest = await tx.agreementCommitment.findMany({ where: { agreementId: agreement.id }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    for (const [position, row] of rest.entries()) if (row.position !== position) await tx.agreementCommitment.update({ where: { id: row.id }, data: { position } });
    await agreementTextChanged(tx, actor, agreement);
    await recordAudit(audit(actor, "commitment.delete", commitment.id, agreement, { heading: { from: commitment.heading, to: null }, text: { from: commitment.text, to: null } }), tx);
    return { agreementId: agreement.id };
  });
}
