import { DomainError } from "@/lib/actions/domain-error";
import { partyOf, standingApprovals } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";

type Subject =
  | { kind: "agreement"; id: string; version: number; municipalityId: string }
  | { kind: "promise"; id: string; version: number; municipalityId: string };

/**
 * Records one party's approval of a jointly owned record at its current version, inside
 * the caller's transaction, and says whether both parties now stand behind that version.
 * The party comes from the approver's organisation; each party approves a version once.
 */
export async function recordPartyApproval(tx: Tx, actor: Actor, subject: Subject): Promise<{ complete: boolean }> {
  const party = partyOf(actor.organisation.kind);
  if (!party) throw new DomainError("agreements.errors.noParty");
  const link = subject.kind === "agreement" ? { agreementId: subject.id } : { promiseId: subject.id };
  const existing = await tx.approval.findMany({ where: link });
  const standing = standingApprovals(existing, subject.version);
  if ((party === "MUNICIPALITY" ? standing.municipality : standing.police) !== undefined) {
    throw new DomainError("agreements.errors.alreadyApproved");
  }
  await tx.approval.create({
    data: { ...link, purpose: subject.kind === "agreement" ? "ADOPT_AGREEMENT" : "PUBLISH_PROMISE", subjectVersion: subject.version, party, userId: actor.id },
  });
  await recordAudit(
    {
      userId: actor.id,
      action: `${subject.kind}.approve`,
      entityType: subject.kind === "agreement" ? "Agreement" : "CitizenPromise",
      entityId: subject.id,
      municipalityId: subject.municipalityId,
      changes: { approval: { from: null, to: party } },
    },
    tx,
  );
  return { complete: standingApprovals([...existing, { party, subjectVersion: subject.version, withdrawnAt: null }], subject.version).complete };
}
