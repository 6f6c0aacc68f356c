import { Prisma } from "@/generated/prisma/client";
import { ConflictError, DomainError } from "@/lib/actions/domain-error";
import { partyOf, standingApprovals } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { lockSubject } from "./lock-subject";

type Subject =
  | { kind: "agreement"; id: string; version: number; municipalityId: string }
  | { kind: "promise"; id: string; version: number; municipalityId: string }
  | { kind: "actionPlan"; id: string; version: number; municipalityId: string };

const TABLE = { agreement: "Agreement", promise: "CitizenPromise", actionPlan: "ActionPlan" } as const;
const PURPOSE = { agreement: "ADOPT_AGREEMENT", promise: "PUBLISH_PROMISE", actionPlan: "ADOPT_ACTION_PLAN" } as const;

/**
 * Records one party's approval of a jointly owned record at its current version, inside
 * the caller's transaction, and says whether both parties now stand behind that version.
 * The party comes from the approver's organisation; each party approves a version once
 * (a partial unique index on Approval backs this).
 *
 * The caller loaded the record through its load-for-write helper, which took the row lock
 * (lockSubject) before reading the version: every edit of the record waits for this
 * transaction, and this one saw every edit committed before it. The version is checked
 * again under the lock, so an approval is never recorded for text the approver did not see.
 */
export async function recordPartyApproval(tx: Tx, actor: Actor, subject: Subject): Promise<{ complete: boolean }> {
  const party = partyOf(actor.organisation.kind);
  if (!party) throw new DomainError("agreements.errors.noParty");
  const entityType = TABLE[subject.kind];
  await lockSubject(tx, entityType, subject.id);
  const current =
    subject.kind === "agreement"
      ? await tx.agreement.findUnique({ where: { id: subject.id }, select: { version: true } })
      : subject.kind === "actionPlan"
        ? await tx.actionPlan.findUnique({ where: { id: subject.id }, select: { version: true } })
        : await tx.citizenPromise.findUnique({ where: { id: subject.id }, select: { version: true } });
  if (current?.version !== subject.version) throw new ConflictError(entityType, subject.id, subject.version, "approval");

  const link =
    subject.kind === "agreement" ? { agreementId: subject.id } : subject.kind === "actionPlan" ? { actionPlanId: subject.id } : { promiseId: subject.id };
  const existing = await tx.approval.findMany({ where: link });
  const standing = standingApprovals(existing, subject.version);
  if ((party === "MUNICIPALITY" ? standing.municipality : standing.police) !== undefined) {
    throw new DomainError("agreements.errors.alreadyApproved");
  }
  try {
    await tx.approval.create({
      data: { ...link, purpose: PURPOSE[subject.kind], subjectVersion: subject.version, party, userId: actor.id },
    });
  } catch (error) {
    // Only reachable by a writer that skipped the lock: the index refuses a second standing approval.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("agreements.errors.alreadyApproved");
    throw error;
  }
  await recordAudit(
    {
      userId: actor.id,
      action: `${subject.kind}.approve`,
      entityType,
      entityId: subject.id,
      municipalityId: subject.municipalityId,
      changes: { approval: { from: null, to: party } },
    },
    tx,
  );
  return { complete: standingApprovals([...existing, { party, subjectVersion: subject.version, withdrawnAt: null }], subject.version).complete };
}
