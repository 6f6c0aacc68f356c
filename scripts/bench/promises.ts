// Citizen promises: published ones with ten activities of twelve monthly follow-ups each and
// their public snapshot, and unpublished ones (a draft, one awaiting approval) as every
// municipality has while the next promise is prepared.
import { randomUUID } from "node:crypto";
import { buildPromiseSnapshot, type PromiseSnapshot } from "../../src/lib/promises/snapshot";
import { ACTIVITY_TEXT, addActivity, addFollowUp } from "./activities";
import type { Rows } from "./rows";

export const benchPromiseSlug = (j: number) => `tryggare-centrum-${j + 1}`;

export interface PromiseOwner {
  municipalityId: string;
  areaId: string;
  responsibleOrgIds: string[];
  agreementId: string | null;
  goal: { id: string; title: string } | null;
}

const TEXT = {
  place: "Centrum",
  targetGroupRationale: "Boende och näringsidkare i centrum har beskrivit otrygghet kvällstid i medborgardialoger.",
  background: "Lägesbilden visar fler anmälningar om skadegörelse och ordningsstörningar kvällstid. ".repeat(4),
  citizenPerspective: "Omkring 200 boende deltog i dialoger under våren och lyfte belysning, vuxennärvaro och polisens synlighet. ".repeat(2),
  criterionSafety: "Fler vuxna och bättre belysning på platsen.",
  criterionCrime: "Situationella åtgärder och tidiga insatser.",
  criterionParticipation: "Boende och föreningar deltar i trygghetsvandringar.",
  criterionTrust: "Polisen finns på plats och går att prata med varje vecka.",
  conclusion: "Kommunen och polisen lovar att genomföra aktiviteterna nedan och redovisa resultatet varje tertial.",
};
const SIGNATORIES = [
  { party: "MUNICIPALITY" as const, name: "Kommunstyrelsens ordförande", title: "Ordförande", position: 0 },
  { party: "POLICE" as const, name: "Lokalpolisområdeschef", title: "Chef", position: 1 },
];
const PERIOD = { periodStart: new Date("2026-01-01"), periodEnd: new Date("2027-12-31") };

/** A published promise with `followUps` monthly follow-ups per activity, from January 2026. */
export function addPublishedPromise(rows: Rows, now: Date, owner: PromiseOwner, slug: string, title: string, activityCount: number, followUps: number) {
  const id = addPromiseRow(rows, now, owner, slug, title, "PUBLISHED", 2);
  const activities: PromiseSnapshot["activities"] = [];
  for (let k = 0; k < activityCount; k++) {
    const activityTitle = `Aktivitet ${k + 1}: trygghetsvandring och belysningsinventering i kvarter ${k + 1}`;
    const activityId = addActivity(rows, now, { promiseId: id, goalId: owner.goal?.id ?? null, position: k, title: activityTitle, status: "ONGOING", responsibleOrgIds: owner.responsibleOrgIds });
    activities.push({ id: activityId, position: k, title: activityTitle, ...ACTIVITY_TEXT });
    for (let f = 0; f < followUps; f++) addFollowUp(rows, now, activityId, "MONTH", new Date(Date.UTC(2026, f, 1)), f === 11 ? "DONE" : "ONGOING", null);
  }
  const snapshot = buildPromiseSnapshot({
    id, slug, title, ...PERIOD, focus: "PLACE", targetGroup: null, ...TEXT, signatories: SIGNATORIES, basisDocs: [],
    goals: owner.goal ? [{ goal: owner.goal }] : [], activities, dialogues: [],
  });
  rows.add("PromisePublication", { id: randomUUID(), promiseId: id, promiseVersion: 1, snapshot, publishedAt: now });
  return id;
}

/** A promise being prepared: three planned activities, nothing public. */
export function addUnpublishedPromise(rows: Rows, now: Date, owner: PromiseOwner, slug: string, title: string, status: "DRAFT" | "AWAITING_APPROVAL") {
  const id = addPromiseRow(rows, now, owner, slug, title, status, 1);
  for (let k = 0; k < 3; k++) {
    addActivity(rows, now, { promiseId: id, goalId: owner.goal?.id ?? null, position: k, title: `Planerad aktivitet ${k + 1}`, status: "PLANNED", responsibleOrgIds: owner.responsibleOrgIds });
  }
  return id;
}

function addPromiseRow(rows: Rows, now: Date, owner: PromiseOwner, slug: string, title: string, status: string, version: number) {
  const id = randomUUID();
  rows.add("CitizenPromise", {
    id, municipalityId: owner.municipalityId, policeAreaId: owner.areaId, agreementId: owner.agreementId, slug, title, ...PERIOD, focus: "PLACE", ...TEXT, status, version, updatedAt: now,
  });
  if (owner.goal) rows.add("PromiseGoal", { promiseId: id, goalId: owner.goal.id });
  for (const s of SIGNATORIES) rows.add("PromiseSignatory", { id: randomUUID(), promiseId: id, ...s });
  return id;
}
