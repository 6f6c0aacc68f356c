import type { Party, PromiseFocus } from "@/generated/prisma/enums";

/**
 * The frozen, approved copy of a promise that the public reads. Activity status and
 * follow-up figures are not part of it: progress is reported live, without new approvals. Dates are ISO strings
 * (YYYY-MM-DD) so the snapshot survives JSON unchanged.
 */
export interface PromiseSnapshot {
  id: string;
  slug: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  focus: PromiseFocus;
  place: string | null;
  targetGroup: string | null;
  targetGroupRationale: string;
  background: string;
  citizenPerspective: string;
  criteria: { safety: string; crime: string; participation: string; trust: string };
  conclusion: string;
  signatories: { party: Party; name: string; title: string }[];
  basisDocuments: { title: string; publisher: string | null; year: number | null; url: string | null }[];
  goals: { id: string; title: string }[];
  activities: {
    id: string;
    position: number;
    title: string;
    scope: string;
    timing: string;
    responsible: string;
    followUp: string;
    evaluation: string;
    targetValue: number | null;
    targetUnit: string | null;
  }[];
  dialogues: { title: string; startsAt: string; place: string; format: string; participantCount: number | null; themes: string }[];
}

export interface PromiseForSnapshot {
  id: string;
  slug: string;
  title: string;
  periodStart: Date;
  periodEnd: Date;
  focus: PromiseFocus;
  place: string | null;
  targetGroup: string | null;
  targetGroupRationale: string;
  background: string;
  citizenPerspective: string;
  criterionSafety: string;
  criterionCrime: string;
  criterionParticipation: string;
  criterionTrust: string;
  conclusion: string;
  signatories: { party: Party; name: string; title: string; position: number }[];
  basisDocs: { position: number; basisDocument: { title: string; publisher: string | null; year: number | null; url: string | null } }[];
  goals: { goal: { id: string; title: string } }[];
  activities: PromiseSnapshot["activities"];
  dialogues: { dialogue: { title: string; startsAt: Date; place: string; format: string; participantCount: number | null; themes: string } }[];
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function buildPromiseSnapshot(promise: PromiseForSnapshot): PromiseSnapshot {
  const byPosition = <T extends { position: number }>(items: T[]) => [...items].sort((a, b) => a.position - b.position);
  return pickSnapshot({
    id: promise.id,
    slug: promise.slug,
    title: promise.title,
    periodStart: isoDate(promise.periodStart),
    periodEnd: isoDate(promise.periodEnd),
    focus: promise.focus,
    place: promise.place,
    targetGroup: promise.targetGroup,
    targetGroupRationale: promise.targetGroupRationale,
    background: promise.background,
    citizenPerspective: promise.citizenPerspective,
    criteria: {
      safety: promise.criterionSafety,
      crime: promise.criterionCrime,
      participation: promise.criterionParticipation,
      trust: promise.criterionTrust,
    },
    conclusion: promise.conclusion,
    signatories: byPosition(promise.signatories),
    basisDocuments: byPosition(promise.basisDocs).map(({ basisDocument }) => basisDocument),
    goals: [...promise.goals.map(({ goal }) => goal)].sort((a, b) => a.id.localeCompare(b.id)),
    activities: byPosition(promise.activities),
    dialogues: promise.dialogues
      .map(({ dialogue: d }) => ({ ...d, startsAt: d.startsAt.toISOString() }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title)),
  });
}

/**
 * Exactly the fields of a snapshot, nothing a query happened to load beside them (an
 * activity's status or follow-ups, a basis document's timestamps): what the public reads
 * and what is compared to find unpublished changes must be the same shape.
 */
export function pickSnapshot(s: PromiseSnapshot): PromiseSnapshot {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    focus: s.focus,
    place: s.place,
    targetGroup: s.targetGroup,
    targetGroupRationale: s.targetGroupRationale,
    background: s.background,
    citizenPerspective: s.citizenPerspective,
    criteria: { safety: s.criteria.safety, crime: s.criteria.crime, participation: s.criteria.participation, trust: s.criteria.trust },
    conclusion: s.conclusion,
    signatories: s.signatories.map(({ party, name, title }) => ({ party, name, title })),
    basisDocuments: s.basisDocuments.map(({ title, publisher, year, url }) => ({ title, publisher, year, url })),
    goals: s.goals.map(({ id, title }) => ({ id, title })),
    activities: s.activities.map(({ id, position, title, scope, timing, responsible, followUp, evaluation, targetValue, targetUnit }) => ({
      id,
      position,
      title,
      scope,
      timing,
      responsible,
      followUp,
      evaluation,
      targetValue,
      targetUnit,
    })),
    dialogues: s.dialogues.map(({ title, startsAt, place, format, participantCount, themes }) => ({ title, startsAt, place, format, participantCount, themes })),
  };
}

/** The relations buildPromiseSnapshot needs, for `include`. */
export const snapshotInclude = {
  signatories: true,
  basisDocs: { include: { basisDocument: true } },
  goals: { include: { goal: { select: { id: true, title: true } } } },
  activities: {
    select: {
      id: true,
      position: true,
      title: true,
      scope: true,
      timing: true,
      responsible: true,
      followUp: true,
      evaluation: true,
      targetValue: true,
      targetUnit: true,
    },
  },
  dialogues: {
    include: { dialogue: { select: { title: true, startsAt: true, place: true, format: true, participantCount: true, themes: true } } },
  },
} as const;
