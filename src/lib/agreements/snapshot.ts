import type { Party } from "@/generated/prisma/enums";
import { isoDate } from "@/lib/promises/snapshot";

/**
 * The frozen copy of an agreement that the public reads, made when both parties adopted
 * it: the text, priorities, signatories, basis documents and the goal tree. The status
 * (active, expired, replaced) is not part of it: it changes later without new approvals.
 * Dates are ISO strings (YYYY-MM-DD) so the snapshot survives JSON unchanged.
 *
 * The migration 20261128100000_approval_serialization builds the same shape in SQL for
 * agreements adopted before publications existed; keep the two in step.
 */
export interface AgreementSnapshot {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  caseNumber: string | null;
  decisionBody: string | null;
  decisionParagraph: string | null;
  decisionDate: string | null;
  aim: string;
  background: string;
  economy: string;
  followUp: string;
  collaborationModel: string;
  replacesId: string | null;
  priorities: string[];
  signatories: { party: Party; name: string; title: string }[];
  basisDocuments: { title: string; publisher: string | null; year: number | null; url: string | null }[];
  goals: { id: string; parentId: string | null; position: number; title: string; description: string }[];
  /** Gemensamma åtaganden, in order; absent in copies made before they existed. */
  commitments?: { heading: string; text: string }[];
}

export interface AgreementForSnapshot {
  id: string;
  title: string;
  periodStart: Date;
  periodEnd: Date;
  caseNumber: string | null;
  decisionBody: string | null;
  decisionParagraph: string | null;
  decisionDate: Date | null;
  aim: string;
  background: string;
  economy: string;
  followUp: string;
  collaborationModel: string;
  replacesId: string | null;
  priorities: { position: number; text: string }[];
  signatories: { position: number; party: Party; name: string; title: string }[];
  basisDocs: { position: number; basisDocument: { title: string; publisher: string | null; year: number | null; url: string | null } }[];
  goals: AgreementSnapshot["goals"];
  commitments?: { position: number; heading: string; text: string }[];
}

const byPosition = <T extends { position: number }>(items: T[]) => [...items].sort((a, b) => a.position - b.position);

export function buildAgreementSnapshot(agreement: AgreementForSnapshot): AgreementSnapshot {
  return {
    id: agreement.id,
    title: agreement.title,
    periodStart: isoDate(agreement.periodStart),
    periodEnd: isoDate(agreement.periodEnd),
    caseNumber: agreement.caseNumber,
    decisionBody: agreement.decisionBody,
    decisionParagraph: agreement.decisionParagraph,
    decisionDate: agreement.decisionDate ? isoDate(agreement.decisionDate) : null,
    aim: agreement.aim,
    background: agreement.background,
    economy: agreement.economy,
    followUp: agreement.followUp,
    collaborationModel: agreement.collaborationModel,
    replacesId: agreement.replacesId,
    priorities: byPosition(agreement.priorities).map((p) => p.text),
    signatories: byPosition(agreement.signatories).map(({ party, name, title }) => ({ party, name, title })),
    basisDocuments: byPosition(agreement.basisDocs).map(({ basisDocument: { title, publisher, year, url } }) => ({ title, publisher, year, url })),
    // Siblings by position; the same order as the migration's SQL.
    goals: [...agreement.goals]
      .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ id, parentId, position, title, description }) => ({ id, parentId, position, title, description })),
    // Only when there are any: the same shape as copies made before commitments existed (and the migration's SQL).
    ...(agreement.commitments?.length ? { commitments: byPosition(agreement.commitments).map(({ heading, text }) => ({ heading, text })) } : {}),
  };
}

/** The relations buildAgreementSnapshot needs, for `include`. */
export const agreementSnapshotInclude = {
  priorities: { select: { position: true, text: true } },
  signatories: { select: { position: true, party: true, name: true, title: true } },
  basisDocs: { select: { position: true, basisDocument: { select: { title: true, publisher: true, year: true, url: true } } } },
  goals: { select: { id: true, parentId: true, position: true, title: true, description: true } },
  commitments: { select: { position: true, heading: true, text: true } },
} as const;
