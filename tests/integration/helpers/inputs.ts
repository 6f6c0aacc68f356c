import type { TCreateActivity, TCreateFollowUp } from "@/lib/activities/schemas";
import type { TCreatePromise } from "@/lib/promises/schemas";

/** A draft promise's form as a test fills it in: 2026–2027, a place, each criterion answered. */
export function promiseInput(place: { municipalityId: string; policeAreaId: string }, overrides: Partial<TCreatePromise> = {}): TCreatePromise {
  return {
    title: "Trygg busshållplats",
    slug: "",
    periodStart: new Date("2026-01-01"),
    periodEnd: new Date("2027-12-31"),
    focus: "PLACE",
    place: "Busstorget",
    targetGroup: null,
    targetGroupRationale: "",
    background: "",
    citizenPerspective: "",
    criterionSafety: "a",
    criterionCrime: "b",
    criterionParticipation: "c",
    criterionTrust: "d",
    conclusion: "",
    agreementId: null,
    renewsId: null,
    goalIds: [],
    dialogueIds: [],
    signatories: [],
    confirmNoPersonalData: false,
    ...place,
    ...overrides,
  };
}

/** A promise's row with only its title given. */
export function activityInput(promiseId: string, title: string): TCreateActivity {
  return {
    promiseId,
    title,
    scope: "",
    timing: "",
    responsible: "",
    followUp: "",
    evaluation: "",
    status: "PLANNED",
    goalId: null,
    targetValue: null,
    targetUnit: null,
    responsibleOrgIds: [],
    confirmNoPersonalData: false,
  };
}

/** A month's follow-up of a row, ongoing, with what was done and no figures. */
export function followUpInput(activityId: string, periodStart: Date, done: string): TCreateFollowUp {
  return { activityId, periodType: "MONTH", periodStart, done, comment: "", status: "ONGOING", achieved: null, figures: [], confirmNoPersonalData: false };
}
