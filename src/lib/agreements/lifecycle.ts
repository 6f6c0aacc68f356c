import type { AgreementStatus, OrganisationKind, Party } from "@/generated/prisma/enums";

/**
 * An agreement's life: draft → in preparation → adopted → active → expired, or replaced
 * when its successor is adopted. Adoption is not a button: it happens when both parties
 * have approved the same text. These are plain functions; mutations call them.
 */

const MANUAL_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  DRAFT: ["IN_PREPARATION"],
  IN_PREPARATION: ["DRAFT"],
  ADOPTED: ["ACTIVE"],
  ACTIVE: ["EXPIRED"],
  EXPIRED: [],
  REPLACED: [],
};

export function manualTransitions(status: AgreementStatus): readonly AgreementStatus[] {
  return MANUAL_TRANSITIONS[status];
}

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return MANUAL_TRANSITIONS[from].includes(to);
}

/** The text can change only before adoption; adopted text is a decision on record. */
export function isEditable(status: AgreementStatus): boolean {
  return status === "DRAFT" || status === "IN_PREPARATION";
}

export const isApprovable = isEditable;

/** Public visitors see agreements that were adopted, including those that ran out. */
export const PUBLIC_AGREEMENT_STATUSES: readonly AgreementStatus[] = ["ADOPTED", "ACTIVE", "EXPIRED", "REPLACED"];
export const CURRENT_AGREEMENT_STATUSES: readonly AgreementStatus[] = ["ADOPTED", "ACTIVE"];

/** Only an adopted agreement (current or run out) can be replaced: a draft never was in force. */
export const REPLACEABLE_AGREEMENT_STATUSES: readonly AgreementStatus[] = ["ADOPTED", "ACTIVE", "EXPIRED"];

export function isReplaceable(status: AgreementStatus): boolean {
  return REPLACEABLE_AGREEMENT_STATUSES.includes(status);
}

/** Which party a user approves for, from their organisation; external actors approve for none. */
export function partyOf(kind: OrganisationKind): Party | null {
  if (kind === "MUNICIPAL_DEPARTMENT") return "MUNICIPALITY";
  if (kind === "POLICE_AREA") return "POLICE";
  return null;
}

export interface ApprovalLike {
  party: Party;
  subjectVersion: number;
  withdrawnAt: Date | null;
}

/** The standing approval of each party for the record at `version`. */
export function standingApprovals<A extends ApprovalLike>(approvals: A[], version: number) {
  const standing = approvals.filter((a) => !a.withdrawnAt && a.subjectVersion === version);
  const municipality = standing.find((a) => a.party === "MUNICIPALITY");
  const police = standing.find((a) => a.party === "POLICE");
  return { municipality, police, complete: Boolean(municipality && police) };
}
