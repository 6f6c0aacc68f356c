// The law's cycle for each municipality: a lägesbild with indicators, the agreement that
// ran out in 2025 and the one in force (three focus areas with two sub-goals each), an
// adopted action plan of eight measures with tertial follow-ups, and in every fifth
// municipality a revision in preparation, which waits for both parties' approval.
import { randomUUID } from "node:crypto";
import { addActivity, addFollowUp } from "./activities";
import type { Place } from "./places";
import type { Rows } from "./rows";

export interface PlaceCycle {
  agreementId: string;
  focusGoalIds: string[];
  planActivityIds: string[];
}

const PLAN_MEASURES = 8;
const RATINGS = ["GREEN", "GREEN", "YELLOW", "RED"] as const;

export function addCycle(rows: Rows, now: Date, place: Place): PlaceCycle {
  const analysisId = addAnalysis(rows, now, place);
  const expired = addAgreement(rows, now, place, { title: "Samverkansöverenskommelse 2022–2025", start: "2022-01-01", end: "2025-12-31", status: "EXPIRED", replacesId: null, caseNumber: `KS2021/${place.index}` });
  addGoals(rows, now, expired, false);
  const agreementId = addAgreement(rows, now, place, { title: "Samverkansöverenskommelse 2026–2029", start: "2026-01-01", end: "2029-12-31", status: "ACTIVE", replacesId: expired, caseNumber: `KS2025/${place.index}` });
  const { focusGoalIds, subGoalIds } = addGoals(rows, now, agreementId, true);
  if (place.index % 5 === 0) {
    addAgreement(rows, now, place, { title: "Reviderad överenskommelse 2027–2030", start: "2027-01-01", end: "2030-12-31", status: "IN_PREPARATION", replacesId: null, caseNumber: `KS2026/${place.index}` });
  }
  const planActivityIds = addActionPlan(rows, now, place, agreementId, analysisId, subGoalIds);
  return { agreementId, focusGoalIds, planActivityIds };
}

function addAnalysis(rows: Rows, now: Date, place: Place) {
  const id = randomUUID();
  rows.add("SituationalAnalysis", {
    id,
    municipalityId: place.municipalityId,
    title: `Lägesbild ${place.name} 2025`,
    asOf: new Date("2025-10-01"),
    crimeSurvey: "Anmälda brott per 1 000 invånare, per område och månad, jämfört med riket. ".repeat(3),
    analysis: "Otryggheten är störst i centrum kvällstid; skadegörelsen har ökat i två bostadsområden. ".repeat(3),
    participants: "Kommunledningsförvaltningen, socialförvaltningen, lokalpolisområdet.",
    updatedAt: now,
  });
  for (let k = 0; k < 3; k++) {
    const indicatorId = randomUUID();
    rows.add("Indicator", { id: indicatorId, analysisId: id, position: k, name: `Indikator ${k + 1}`, unit: "per 1 000 invånare", baselineValue: 10 + k, baselineOn: new Date("2025-01-01") });
    rows.add("IndicatorValue", { id: randomUUID(), indicatorId, measuredOn: new Date("2026-06-30"), value: 9 + k });
  }
  return id;
}

function addAgreement(
  rows: Rows,
  now: Date,
  place: Place,
  a: { title: string; start: string; end: string; status: string; replacesId: string | null; caseNumber: string },
) {
  const id = randomUUID();
  rows.add("Agreement", {
    id,
    municipalityId: place.municipalityId,
    policeAreaId: place.areaId,
    title: a.title,
    periodStart: new Date(a.start),
    periodEnd: new Date(a.end),
    caseNumber: a.caseNumber,
    aim: "Ett tryggare samhälle genom gemensamma, kunskapsbaserade insatser.",
    background: "Kommunen och polisen har sedan 2015 en gemensam lägesbild. ".repeat(4),
    status: a.status,
    replacesId: a.replacesId,
    updatedAt: now,
  });
  for (const [position, party] of ["MUNICIPALITY", "POLICE"].entries()) {
    rows.add("AgreementSignatory", { id: randomUUID(), agreementId: id, party, name: party === "POLICE" ? "Lokalpolisområdeschef" : "Kommunstyrelsens ordförande", title: "Chef", position });
  }
  return id;
}

function addGoals(rows: Rows, now: Date, agreementId: string, withSubGoals: boolean) {
  const focusGoalIds: string[] = [];
  const subGoalIds: string[] = [];
  const goal = (parentId: string | null, position: number, title: string) => {
    const id = randomUUID();
    rows.add("Goal", { id, agreementId, parentId, position, title, description: "Mäts i lägesbilden och trygghetsmätningen.", updatedAt: now });
    return id;
  };
  for (const [k, title] of ["Trygga offentliga miljöer", "Färre unga i kriminalitet", "Minskat våld i nära relationer"].entries()) {
    const focus = goal(null, k, title);
    focusGoalIds.push(focus);
    if (withSubGoals) for (let s = 0; s < 2; s++) subGoalIds.push(goal(focus, s, `${title}: delmål ${s + 1}`));
  }
  return { focusGoalIds, subGoalIds };
}

function addActionPlan(rows: Rows, now: Date, place: Place, agreementId: string, analysisId: string, subGoalIds: string[]) {
  const id = randomUUID();
  rows.add("ActionPlan", { id, agreementId, analysisId, title: "Åtgärdsplan 2026–2027", periodStart: new Date("2026-01-01"), periodEnd: new Date("2027-12-31"), status: "ADOPTED", published: false, version: 2, updatedAt: now });
  const ids: string[] = [];
  for (let k = 0; k < PLAN_MEASURES; k++) {
    const rating = RATINGS[k % RATINGS.length]!;
    const activityId = addActivity(rows, now, {
      actionPlanId: id,
      goalId: subGoalIds[k % subGoalIds.length]!,
      position: k,
      title: `Åtgärd ${k + 1}: vuxennärvaro och situationell prevention`,
      status: "ONGOING",
      responsibleOrgIds: [place.departmentOrgId, place.policeOrgId],
      planColumns: { cause: "Otrygghet kvällstid i centrum.", operationalGoal: "Färre anmälda ordningsstörningar.", effortKind: k % 2 ? "ORDINARY" : "ONE_OFF", dueOn: new Date(Date.UTC(2026, 5 + k, 28)), rating },
    });
    ids.push(activityId);
    for (let t = 0; t < 3; t++) addFollowUp(rows, now, activityId, "TERTIAL", new Date(Date.UTC(2026, t * 4, 1)), "ONGOING", rating);
  }
  return ids;
}
