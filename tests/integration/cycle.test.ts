import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import { isLateRow } from "@/lib/dashboard/figures";
import { approveActionPlan, createActionPlan, setActionPlanPublished } from "@/lib/action-plans/mutations";
import { findActionPlanForActor, measuresNeedingAttention } from "@/lib/action-plans/queries";
import type { ActionPlanSnapshot } from "@/lib/action-plans/snapshot";
import { createActivity, deleteActivity, moveActivity, recordFollowUp, updateActivity } from "@/lib/activities/mutations";
import { activityProgress } from "@/lib/activities/progress";
import type { TCreateMeasure } from "@/lib/activities/schemas";
import { ZCreateMeasure } from "@/lib/activities/schemas";
import { createCommitment, deleteCommitment, moveCommitment, updateCommitment } from "@/lib/agreements/commitments";
import { approveAgreement } from "@/lib/agreements/mutations";
import { ZUpdateCommitment } from "@/lib/agreements/schemas";
import { indicatorStanding } from "@/lib/analyses/indicators";
import { createAnalysis, createIndicator, deleteIndicatorValue, recordIndicatorValue, updateAnalysis } from "@/lib/analyses/mutations";
import { findAnalysisForActor } from "@/lib/analyses/queries";
import type { TCreateAnalysis } from "@/lib/analyses/schemas";
import type { Actor } from "@/lib/auth/actor";
import { NotAuthorizedError } from "@/lib/auth/permissions";
import { updateOrganisation } from "@/lib/organisations/mutations";
import { cycleForMunicipality } from "@/lib/cycle/queries";
import { database, db } from "@/lib/db";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { createDecision, meetCondition } from "@/lib/decisions/mutations";
import { decisionState } from "@/lib/decisions/rules";
import { createPromise } from "@/lib/promises/mutations";
import { findPromiseForActor } from "@/lib/promises/queries";
import { findPublicActionPlan, listPublicActionPlanRefs, listPublicActionPlans } from "@/lib/public/action-plans";
import { findPublicAgreement } from "@/lib/public/agreements";
import { activityInput, promiseInput } from "./helpers/inputs";
import { createScratchDatabase } from "./helpers/databases";
import { demoActor, demoPlaces, otherMunicipality } from "./helpers/world";

let official: Actor, police: Actor, member: Actor;
let places: Awaited<ReturnType<typeof demoPlaces>>;
let neighbour: Awaited<ReturnType<typeof otherMunicipality>>;
let agreement: { id: string; goals: { id: string }[] };
let tryggareId: string;

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  member = await demoActor("forum@enkoping.demo");
  places = await demoPlaces();
  neighbour = await otherMunicipality();
  const prisma = await db();
  // A fresh agreement with two focus areas, not linked to any forum yet.
  const created = await prisma.agreement.create({
    data: {
      municipalityId: places.enkoping.id,
      policeAreaId: places.area.id,
      title: `Samverkansavtal ${randomUUID().slice(0, 6)}`,
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2027-12-31"),
      status: "ACTIVE",
      goals: { create: [{ position: 0, title: "Trygga offentliga miljöer" }, { position: 1, title: "Unga ska inte begå brott" }] },
    },
    include: { goals: { orderBy: { position: "asc" } } },
  });
  agreement = created;
  tryggareId = (await prisma.forum.findFirstOrThrow({ where: { name: "Tryggare Enköping" } })).id;
});
afterAll(async () => (await database()).close());

function analysisInput(overrides: Partial<TCreateAnalysis> = {}): TCreateAnalysis {
  return {
    municipalityId: places.enkoping.id,
    title: `Lägesbild ${randomUUID().slice(0, 6)}`,
    asOf: new Date("2025-03-31"),
    crimeSurvey: "Skadegörelse i centrum kvällstid.",
    otherInformation: "",
    analysis: "",
    sourcesUsed: "Anmälningsstatistik",
    sourcesLeftOut: "",
    limitations: "",
    participants: "Socialförvaltningen, LPO Enköping/Håbo",
    presentedOn: null,
    presentedTo: null,
    situationalPictureId: null,
    confirmNoPersonalData: false,
    ...overrides,
  };
}

function measureInput(actionPlanId: string, goalId: string, overrides: Partial<TCreateMeasure> = {}): TCreateMeasure {
  return {
    actionPlanId,
    goalId,
    title: "Trygghetsvandringar",
    scope: "",
    timing: "Kvällstid",
    responsible: "Kommunen och polisen",
    followUp: "Antal vandringar",
    evaluation: "",
    status: "PLANNED",
    targetValue: 4,
    targetUnit: "vandringar",
    responsibleOrgIds: [official.organisation.id],
    confirmNoPersonalData: false,
    cause: "Otrygghet kvällstid",
    operationalGoal: "Minska otryggheten",
    indicatorId: null,
    indicatorTarget: null,
    effortKind: "ONE_OFF",
    municipalityContribution: "Samordnar",
    policeContribution: "Deltar",
    dueOn: null,
    ...overrides,
  };
}

async function newPlan(analysisId: string | null = null) {
  return createActionPlan(official, { agreementId: agreement.id, title: `Åtgärdsplan ${randomUUID().slice(0, 6)}`, periodStart: new Date("2025-01-01"), periodEnd: new Date("2026-12-31"), analysisId });
}

describe("the lägesbild", () => {
  it("is written by both parties of the municipality and kept from others", async () => {
    const analysis = await createAnalysis(official, analysisInput());
    await updateAnalysis(police, { ...analysisInput({ title: "Lägesbild, polisens del sammanvägd" }), id: analysis.id, version: 1 });
    const read = await findAnalysisForActor(official, analysis.id);
    expect(read?.title).toBe("Lägesbild, polisens del sammanvägd");
    expect(read?.version).toBe(2);
    await expect(updateAnalysis(official, { ...analysisInput(), id: analysis.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(createAnalysis(neighbour.official, analysisInput())).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(updateAnalysis(neighbour.police, { ...analysisInput(), id: analysis.id, version: 2 })).rejects.toBeInstanceOf(NotAuthorizedError);
    expect(await findAnalysisForActor(neighbour.official, analysis.id)).toBeNull();
    expect(await findAnalysisForActor(member, analysis.id)).toBeNull();
    await expect(createAnalysis(member, analysisInput())).rejects.toBeInstanceOf(NotAuthorizedError);
  });

  it("keeps indicators with a baseline and a series, compared against a target", async () => {
    const analysis = await createAnalysis(official, analysisInput());
    const indicator = await createIndicator(official, {
      analysisId: analysis.id,
      name: "Anmälda brott per 1 000 invånare",
      unit: "per 1 000 invånare",
      place: "Västerleden",
      theme: "Skadegörelse",
      source: null,
      baselineValue: 92.4,
      baselineOn: new Date("2024-12-31"),
    });
    await recordIndicatorValue(police, { indicatorId: indicator.id, measuredOn: new Date("2025-06-30"), value: 85.5 });
    await expect(recordIndicatorValue(official, { indicatorId: indicator.id, measuredOn: new Date("2025-06-30"), value: 80 })).rejects.toBeInstanceOf(DomainError);
    const read = (await findAnalysisForActor(official, analysis.id))!;
    expect(read.version).toBe(2); // the indicator is a change of the lägesbild
    const standing = indicatorStanding(read.indicators[0]!, 85);
    expect(standing).toMatchObject({ baseline: 92.4, latest: 85.5, change: -6.9, target: 85, reached: false });
    expect(indicatorStanding(read.indicators[0]!, 86).reached).toBe(true);
    const prisma = await db();
    const history = await prisma.auditLog.findMany({ where: { contextId: analysis.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["analysis.create", "indicator.create", "indicator.value"]);
  });

  it("corrects a mistaken value: either party removes it, and the right one is recorded on its date", async () => {
    const analysis = await createAnalysis(official, analysisInput());
    const indicator = await createIndicator(official, { analysisId: analysis.id, name: "Andel otrygga", unit: "%", place: null, theme: null, source: null, baselineValue: 27, baselineOn: new Date("2024-10-01") });
    await recordIndicatorValue(police, { indicatorId: indicator.id, measuredOn: new Date("2025-06-30"), value: 2.5 });
    const mistaken = (await findAnalysisForActor(official, analysis.id))!.indicators[0]!.values[0]!;

    await expect(deleteIndicatorValue(member, { id: mistaken.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(deleteIndicatorValue(official, { id: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    await deleteIndicatorValue(official, { id: mistaken.id });
    expect((await findAnalysisForActor(official, analysis.id))!.indicators[0]!.values).toEqual([]);
    await recordIndicatorValue(police, { indicatorId: indicator.id, measuredOn: new Date("2025-06-30"), value: 25 });
    expect(indicatorStanding((await findAnalysisForActor(official, analysis.id))!.indicators[0]!)).toMatchObject({ latest: 25, change: -2 });

    const entries = await (await db()).auditLog.findMany({ where: { contextId: analysis.id, action: "indicator.valueDelete" } });
    expect(entries.map((e) => [e.userId, e.changes])).toEqual([[official.id, { "value 2025-06-30": { from: 2.5, to: null } }]]);
  });
});

describe("the action plan", () => {
  it("uses the same activity rows, follow-up and progress as a promise's plan, with Brå's columns", async () => {
    const analysis = await createAnalysis(official, analysisInput());
    const indicator = await createIndicator(official, { analysisId: analysis.id, name: "Andel otrygga", unit: "%", place: null, theme: null, source: null, baselineValue: 27, baselineOn: new Date("2024-10-01") });
    const plan = await newPlan(analysis.id);
    const measure = await createActivity(police, measureInput(plan.id, agreement.goals[0]!.id, { indicatorId: indicator.id, indicatorTarget: 22 }));
    expect(measure).toMatchObject({ actionPlanId: plan.id, promiseId: null, effortKind: "ONE_OFF", indicatorTarget: 22 });

    // A measure belongs to a focus area of its own agreement.
    const otherGoal = await (await db()).goal.findFirstOrThrow({ where: { agreement: { municipalityId: places.enkoping.id, id: { not: agreement.id } } } });
    await expect(createActivity(official, measureInput(plan.id, otherGoal.id))).rejects.toBeInstanceOf(DomainError);
    expect(ZCreateMeasure.safeParse({ actionPlanId: plan.id, title: "x", goalId: "" }).success).toBe(false);

    await recordFollowUp(official, {
      activityId: measure.id,
      periodType: "MONTH",
      periodStart: new Date("2025-03-10"),
      done: "En vandring ställdes in",
      comment: "Avvikelse",
      status: "DEVIATING",
      rating: "RED",
      achieved: 1,
      figures: [{ label: "Deltagare", value: 7 }],
      confirmNoPersonalData: false,
    });
    await recordFollowUp(police, {
      activityId: measure.id,
      periodType: "INTERIM",
      periodStart: new Date("2025-05-20"),
      done: "Delår 2",
      comment: "",
      status: "ONGOING",
      rating: "YELLOW",
      achieved: 1,
      figures: [],
      confirmNoPersonalData: false,
    });
    const read = (await findActionPlanForActor(official, plan.id))!;
    const row = read.activities[0]!;
    // The interim report is named by its year: it starts on 1 January.
    expect(row.followUps.map((f) => [f.periodType, f.periodStart.toISOString().slice(0, 10), f.rating])).toEqual([
      ["MONTH", "2025-03-01", "RED"],
      ["INTERIM", "2025-01-01", "YELLOW"],
    ]);
    // The latest period (the month) decides the measure's status and traffic light.
    expect([row.status, row.rating]).toEqual(["DEVIATING", "RED"]);
    const progress = activityProgress(row, row.followUps);
    // Delår (January–August) covers March: its figure replaces the month's instead of adding to it.
    expect([progress.achieved, progress.target, progress.percent]).toEqual([1, 4, 25]);

    // Red rows show on the responsible organisation's overview; not on the police's.
    const attention = await measuresNeedingAttention(official);
    expect(attention.rows.map((m) => m.id)).toContain(measure.id);
    // Each with its municipality, which the overview names to those who see several; a page at a time with the total.
    expect(attention.rows.find((m) => m.id === measure.id)?.actionPlan?.agreement.municipality.name).toBe("Enköpings kommun");
    expect([attention.page, attention.total >= attention.rows.length, attention.rows.length <= attention.pageSize]).toEqual([1, true, true]);
    expect((await measuresNeedingAttention(police)).rows.map((m) => m.id)).not.toContain(measure.id);
    expect(isLateRow({ dueOn: new Date("2025-01-31"), status: "ONGOING" }, new Date("2025-02-01T12:00:00Z"))).toBe(true);
    expect(isLateRow({ dueOn: new Date("2025-01-31"), status: "DONE" }, new Date("2025-02-01T12:00:00Z"))).toBe(false);
    // Without a date of its own, a measure is late once its plan has ended, on the plan's page as on the overview.
    expect(isLateRow({ dueOn: null, status: "ONGOING", actionPlan: { periodEnd: new Date("2025-01-31") } }, new Date("2025-02-01T12:00:00Z"))).toBe(true);
    expect(isLateRow({ dueOn: null, status: "ONGOING", actionPlan: { periodEnd: new Date("2025-02-01") } }, new Date("2025-02-01T12:00:00Z"))).toBe(false);

    await expect(recordFollowUp(neighbour.police, { activityId: measure.id, periodType: "MONTH", periodStart: new Date("2025-04-01"), done: "", comment: "", status: "ONGOING", achieved: null, figures: [], confirmNoPersonalData: false })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(recordFollowUp(member, { activityId: measure.id, periodType: "MONTH", periodStart: new Date("2025-04-01"), done: "", comment: "", status: "ONGOING", achieved: null, figures: [], confirmNoPersonalData: false })).rejects.toBeInstanceOf(NotAuthorizedError);
  });

  it("is adopted when both parties approve the same version, with a frozen copy, and published by the municipality's choice", async () => {
    const plan = await newPlan();
    await expect(approveActionPlan(official, { id: plan.id, version: 1 })).rejects.toBeInstanceOf(DomainError); // no measures yet
    const first = await createActivity(official, measureInput(plan.id, agreement.goals[0]!.id, { title: "Lägesbild varje tertial" }));
    await createActivity(official, measureInput(plan.id, agreement.goals[1]!.id, { title: "SSPF" }));
    const prisma = await db();
    let version = (await prisma.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    expect(version).toBe(3); // each measure is a new version of the plan

    expect(await approveActionPlan(official, { id: plan.id, version })).toEqual({ adopted: false });
    // An edit after an approval withdraws it.
    await updateActivity(police, { ...measureInput(plan.id, agreement.goals[0]!.id, { title: "Gemensam lägesbild varje tertial" }), id: first.id, version: 1 });
    expect(await prisma.approval.count({ where: { actionPlanId: plan.id, withdrawnAt: null } })).toBe(0);
    version = (await prisma.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    await expect(approveActionPlan(police, { id: plan.id, version: version - 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await approveActionPlan(police, { id: plan.id, version })).toEqual({ adopted: false });
    await expect(approveActionPlan(police, { id: plan.id, version })).rejects.toBeInstanceOf(DomainError);
    expect(await approveActionPlan(official, { id: plan.id, version })).toEqual({ adopted: true });

    const adopted = await prisma.actionPlan.findUniqueOrThrow({ where: { id: plan.id }, include: { publication: true } });
    expect(adopted.status).toBe("ADOPTED");
    const copy = adopted.publication!.snapshot as unknown as ActionPlanSnapshot;
    expect(copy.measures.map((m) => [m.title, m.goal?.title])).toEqual([
      ["Gemensam lägesbild varje tertial", "Trygga offentliga miljöer"],
      ["SSPF", "Unga ska inte begå brott"],
    ]);
    // Adopted text is fixed.
    await expect(createActivity(official, measureInput(plan.id, agreement.goals[0]!.id))).rejects.toBeInstanceOf(DomainError);
    await expect(updateActivity(official, { ...measureInput(plan.id, agreement.goals[0]!.id), id: first.id, version: 2 })).rejects.toBeInstanceOf(DomainError);

    // Public only once the municipality publishes it; the police cannot.
    const slug = places.enkoping.slug;
    expect(await findPublicActionPlan(slug, plan.id)).toBeNull();
    expect((await listPublicActionPlanRefs()).map((p) => p.id)).not.toContain(plan.id);
    await expect(setActionPlanPublished(police, { id: plan.id, version: adopted.version, published: true })).rejects.toBeInstanceOf(NotAuthorizedError);
    await setActionPlanPublished(official, { id: plan.id, version: adopted.version, published: true });
    const pub = (await findPublicActionPlan(slug, plan.id))!;
    expect(pub.content.measures.map((m) => m.title)).toEqual(["Gemensam lägesbild varje tertial", "SSPF"]);
    expect((await listPublicActionPlans(slug)).map((p) => p.id)).toContain(plan.id);
    // The sitemap lists it under its municipality.
    expect((await listPublicActionPlanRefs()).find((p) => p.id === plan.id)?.agreement.municipality.slug).toBe(slug);
    expect(await findPublicActionPlan("habo", plan.id)).toBeNull();
  });

  it("is read by members of forums linked to its agreement, and by no other forum member", async () => {
    const analysis = await createAnalysis(official, analysisInput());
    const plan = await newPlan(analysis.id);
    expect(await findActionPlanForActor(member, plan.id)).toBeNull();
    expect(await findAnalysisForActor(member, analysis.id)).toBeNull();
    const prisma = await db();
    // Link Tryggare Enköping (the member's forum) to the agreement, as the forum records do.
    const forum = await prisma.forum.findUniqueOrThrow({ where: { id: tryggareId } });
    await prisma.forum.update({ where: { id: tryggareId }, data: { agreementId: agreement.id } });
    try {
      const memberNow = await demoActor("forum@enkoping.demo");
      expect((await findActionPlanForActor(memberNow, plan.id))?.id).toBe(plan.id);
      expect((await findAnalysisForActor(memberNow, analysis.id))?.id).toBe(analysis.id);
      await expect(createActivity(memberNow, measureInput(plan.id, agreement.goals[0]!.id))).rejects.toBeInstanceOf(NotAuthorizedError);
      await expect(approveActionPlan(memberNow, { id: plan.id, version: 1 })).rejects.toBeInstanceOf(NotAuthorizedError);
    } finally {
      await prisma.forum.update({ where: { id: tryggareId }, data: { agreementId: forum.agreementId } });
    }
    expect(await findActionPlanForActor(neighbour.official, plan.id)).toBeNull();
    await expect(createActionPlan(neighbour.official, { agreementId: agreement.id, title: "x", periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-12-31"), analysisId: null })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("decisions", () => {
  it("stay pending until their condition is met", async () => {
    const plan = await newPlan();
    await createDecision(official, {
      agreementId: null,
      actionPlanId: plan.id,
      body: "Kommunstyrelsen",
      decidedOn: new Date("2025-01-20"),
      caseNumber: "KS2025/12",
      paragraph: "§ 4",
      decision: "Kommunstyrelsen antar åtgärdsplanen.",
      condition: "Gäller under förutsättning att kommunfullmäktige godkänner den 2025-02-15.",
      conditionDueOn: new Date("2025-02-15"),
    });
    const prisma = await db();
    const decision = await prisma.decision.findFirstOrThrow({ where: { actionPlanId: plan.id } });
    expect(decision.agreementId).toBe(agreement.id);
    expect(decisionState(decision, new Date("2025-02-01"))).toBe("PENDING");
    expect(decisionState(decision, new Date("2025-03-01"))).toBe("OVERDUE");
    const cycle = (await cycleForMunicipality(official, places.enkoping.slug))!;
    expect(cycle.pendingDecisions.map((d) => d.id)).toContain(decision.id);
    await expect(meetCondition(neighbour.official, { id: decision.id, version: 1, conditionMetOn: new Date("2025-02-15") })).rejects.toBeInstanceOf(NotAuthorizedError);
    await meetCondition(police, { id: decision.id, version: 1, conditionMetOn: new Date("2025-02-15") });
    const met = await prisma.decision.findUniqueOrThrow({ where: { id: decision.id } });
    expect(decisionState(met, new Date("2025-03-01"))).toBe("IN_FORCE");
    await expect(createDecision(member, { agreementId: agreement.id, actionPlanId: null, body: "KS", decidedOn: new Date(), caseNumber: null, paragraph: null, decision: "x", condition: null, conditionDueOn: null })).rejects.toBeInstanceOf(NotAuthorizedError);
  });
});

describe("one activity model for both kinds of plan", () => {
  it("leaves a promise's activity plan to the promise alone", async () => {
    const promise = await createPromise(
      official,
      promiseInput(
        { municipalityId: places.enkoping.id, policeAreaId: places.area.id },
        { title: `Löfte ${randomUUID().slice(0, 6)}`, periodEnd: new Date("2026-12-31"), place: "Centrum", criterionSafety: "", criterionCrime: "", criterionParticipation: "", criterionTrust: "", agreementId: agreement.id },
      ),
    );
    const activity = await createActivity(official, { ...activityInput(promise.id, "Vuxenvandringar"), targetValue: 4, targetUnit: "vandringar" });
    expect(activity).toMatchObject({ promiseId: promise.id, actionPlanId: null, cause: null, rating: null });
    // A traffic light sent with a promise's follow-up is not kept: it belongs to action plans.
    await recordFollowUp(official, { activityId: activity.id, periodType: "MONTH", periodStart: new Date("2026-01-05"), done: "", comment: "", status: "ONGOING", rating: "RED", achieved: 1, figures: [], confirmNoPersonalData: false });
    const read = (await findPromiseForActor(official, promise.id))!;
    expect(read.activities.map((a) => [a.title, a.rating])).toEqual([["Vuxenvandringar", null]]);
    expect(read.activities[0]!.followUps[0]!.rating).toBeNull();
    // The database holds each row to one owner.
    const prisma = await db();
    await expect(prisma.activity.update({ where: { id: activity.id }, data: { actionPlanId: (await newPlan()).id } })).rejects.toThrow();
  });
});

describe("a plan's measures", () => {
  it("are moved and removed by the activity mutations while the plan is editable, each a new version that withdraws approvals", async () => {
    const plan = await newPlan();
    const goalId = agreement.goals[0]!.id;
    const [a, b, c] = [
      await createActivity(official, measureInput(plan.id, goalId, { title: "A" })),
      await createActivity(official, measureInput(plan.id, goalId, { title: "B" })),
      await createActivity(official, measureInput(plan.id, goalId, { title: "C" })),
    ];
    const prisma = await db();
    const titles = async () => (await prisma.activity.findMany({ where: { actionPlanId: plan.id }, orderBy: { position: "asc" } })).map((r) => [r.title, r.position]);
    const version = async () => (await prisma.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).version;

    expect(await approveActionPlan(official, { id: plan.id, version: await version() })).toEqual({ adopted: false });
    const before = await version();
    expect(await moveActivity(police, { id: c!.id, direction: "up" })).toMatchObject({ actionPlanId: plan.id, promiseId: null });
    expect(await titles()).toEqual([["A", 0], ["C", 1], ["B", 2]]);
    expect(await version()).toBe(before + 1);
    expect(await prisma.approval.count({ where: { actionPlanId: plan.id, withdrawnAt: null } })).toBe(0);
    // At an end nothing moves and nothing changes.
    await moveActivity(police, { id: a!.id, direction: "up" });
    expect(await version()).toBe(before + 1);

    await expect(moveActivity(neighbour.official, { id: b!.id, direction: "up" })).rejects.toBeInstanceOf(Error);
    await expect(deleteActivity(member, { id: b!.id })).rejects.toBeInstanceOf(Error);
    expect(await deleteActivity(official, { id: a!.id })).toMatchObject({ actionPlanId: plan.id });
    expect(await titles()).toEqual([["C", 0], ["B", 1]]);
    const audits = await prisma.auditLog.findMany({ where: { entityId: { in: [a!.id, c!.id] }, action: { in: ["activity.move", "activity.delete"] } } });
    expect(audits.map((x) => x.action).sort()).toEqual(["activity.delete", "activity.move"]);

    // Adopted: the measures are fixed.
    expect(await approveActionPlan(official, { id: plan.id, version: await version() })).toEqual({ adopted: false });
    expect(await approveActionPlan(police, { id: plan.id, version: await version() })).toEqual({ adopted: true });
    await expect(moveActivity(official, { id: b!.id, direction: "up" })).rejects.toBeInstanceOf(DomainError);
    await expect(deleteActivity(official, { id: b!.id })).rejects.toBeInstanceOf(DomainError);
    expect(await titles()).toEqual([["C", 0], ["B", 1]]);
  });
});

describe("a measure's due date", () => {
  it("lies within its plan's period, refused at the field otherwise, when the measure is added and when it is edited", async () => {
    const plan = await newPlan(); // 2025-01-01 to 2026-12-31
    const goalId = agreement.goals[0]!.id;
    const add = (dueOn: string) => createActivity(official, measureInput(plan.id, goalId, { dueOn: new Date(dueOn) }));
    const before = { messageKey: "cycle.errors.dueBeforePlan", field: "dueOn" };
    const after = { messageKey: "cycle.errors.dueAfterPlan", field: "dueOn" };
    await expect(add("1990-01-01")).rejects.toMatchObject(before);
    await expect(add("2024-12-31")).rejects.toMatchObject(before);
    await expect(add("2027-01-01")).rejects.toMatchObject(after);
    await expect(add("2035-01-01")).rejects.toMatchObject(after);
    // The plan's first and last days are its own.
    await add("2025-01-01");
    const last = await add("2026-12-31");
    const edit = (dueOn: string) => updateActivity(official, { ...measureInput(plan.id, goalId, { dueOn: new Date(dueOn) }), id: last.id, version: 1 });
    await expect(edit("2035-01-01")).rejects.toMatchObject(after);
    await expect(edit("1990-01-01")).rejects.toMatchObject(before);
    await edit("2026-06-30");
    const prisma = await db();
    const saved = await prisma.activity.findMany({ where: { actionPlanId: plan.id }, orderBy: { position: "asc" }, select: { dueOn: true } });
    expect(saved.map((m) => m.dueOn?.toISOString().slice(0, 10))).toEqual(["2025-01-01", "2026-06-30"]);
  });
});

describe("what a plan quotes from other records", () => {
  it("is a new version of the plan when it changes, withdrawing approvals given before: the lägesbild's title and date, a responsible organisation's name", async () => {
    const prisma = await db();
    const admin = await demoActor("admin@samverkan.demo");
    const analysis = await createAnalysis(official, analysisInput());
    const plan = await newPlan(analysis.id);
    const organisation = await prisma.organisation.create({ data: { kind: "MUNICIPAL_DEPARTMENT", name: `Fritidsförvaltningen ${randomUUID().slice(0, 6)}`, municipalityId: places.enkoping.id } });
    await createActivity(official, measureInput(plan.id, agreement.goals[0]!.id, { responsibleOrgIds: [organisation.id] }));
    const version = async () => (await prisma.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    const changes = [
      () => updateAnalysis(police, { ...analysisInput({ title: "Lägesbild, reviderad" }), id: analysis.id, version: 1 }),
      () => updateAnalysis(police, { ...analysisInput({ title: "Lägesbild, reviderad", asOf: new Date("2025-06-30") }), id: analysis.id, version: 2 }),
      () => updateOrganisation(admin, { id: organisation.id, version: 1, name: `${organisation.name} (ny)`, shortName: null }),
    ];
    for (const change of changes) {
      const seen = await version();
      expect(await approveActionPlan(official, { id: plan.id, version: seen })).toEqual({ adopted: false });
      await change();
      await expect(approveActionPlan(police, { id: plan.id, version: seen })).rejects.toBeInstanceOf(ConflictError);
      expect(await version()).toBe(seen + 1);
      expect(await prisma.approval.count({ where: { actionPlanId: plan.id, withdrawnAt: null } })).toBe(0);
    }
    // What the plan does not quote leaves it as it was.
    const seen = await version();
    await updateAnalysis(police, { ...analysisInput({ title: "Lägesbild, reviderad", asOf: new Date("2025-06-30"), crimeSurvey: "Ny enkät" }), id: analysis.id, version: 3 });
    expect(await version()).toBe(seen);

    // Adopted, the plan is fixed: its approvals stay the record of who adopted it.
    await approveActionPlan(official, { id: plan.id, version: seen });
    expect(await approveActionPlan(police, { id: plan.id, version: seen })).toEqual({ adopted: true });
    const adopted = await version();
    await updateAnalysis(police, { ...analysisInput({ title: "Lägesbild, efter antagandet" }), id: analysis.id, version: 4 });
    await updateOrganisation(admin, { id: organisation.id, version: 2, name: `${organisation.name} (senare)`, shortName: null });
    expect(await version()).toBe(adopted);
    expect(await prisma.approval.count({ where: { actionPlanId: plan.id, withdrawnAt: null } })).toBe(2);
  });
});

describe("joint commitments", () => {
  it("are edited, reordered and removed while the agreement is editable, and adopted in order into the public copy", async () => {
    const prisma = await db();
    const draft = await prisma.agreement.create({
      data: {
        municipalityId: places.enkoping.id,
        policeAreaId: places.area.id,
        title: `Samverkansavtal ${randomUUID().slice(0, 6)}`,
        periodStart: new Date("2028-01-01"),
        periodEnd: new Date("2030-12-31"),
      },
    });
    const version = async () => (await prisma.agreement.findUniqueOrThrow({ where: { id: draft.id } })).version;
    const list = async () => (await prisma.agreementCommitment.findMany({ where: { agreementId: draft.id }, orderBy: { position: "asc" } })).map((c) => [c.position, c.heading]);
    const first = await createCommitment(official, { agreementId: draft.id, heading: "Lägesbild", text: "Tas fram varje år." });
    const second = await createCommitment(police, { agreementId: draft.id, heading: "Uppföljning", text: "" });
    const third = await createCommitment(official, { agreementId: draft.id, heading: "Kommunikation", text: "Gemensamt." });

    // Edit, against the agreement's version; a stale form is refused.
    expect(ZUpdateCommitment.safeParse({ id: first.id, version: 1, heading: "", text: "" }).success).toBe(false);
    expect(await approveAgreement(official, { id: draft.id, version: await version() })).toEqual({ adopted: false });
    const v = await version();
    await expect(updateCommitment(police, { id: first.id, version: v - 1, heading: "x", text: "" })).rejects.toBeInstanceOf(ConflictError);
    await updateCommitment(police, { id: first.id, version: v, heading: "Gemensam lägesbild", text: "Tas fram varje år." });
    expect(await version()).toBe(v + 1);
    expect(await prisma.approval.count({ where: { agreementId: draft.id, withdrawnAt: null } })).toBe(0);
    const updateAudit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: first.id, action: "commitment.update" } });
    expect(updateAudit.changes).toEqual({ heading: { from: "Lägesbild", to: "Gemensam lägesbild" } });

    // Reorder; at an end nothing changes.
    await moveCommitment(official, { id: third.id, direction: "up" });
    expect(await list()).toEqual([[0, "Gemensam lägesbild"], [1, "Kommunikation"], [2, "Uppföljning"]]);
    const afterMove = await version();
    await moveCommitment(official, { id: first.id, direction: "up" });
    expect(await version()).toBe(afterMove);

    // Remove, closing the gap.
    await deleteCommitment(police, { id: third.id });
    expect(await list()).toEqual([[0, "Gemensam lägesbild"], [1, "Uppföljning"]]);
    expect(await prisma.auditLog.count({ where: { entityId: third.id, action: { in: ["commitment.move", "commitment.delete"] } } })).toBe(2);

    // Others cannot touch them.
    await expect(updateCommitment(neighbour.official, { id: second.id, version: await version(), heading: "x", text: "" })).rejects.toBeInstanceOf(Error);
    await expect(deleteCommitment(member, { id: second.id })).rejects.toBeInstanceOf(Error);
    expect(await list()).toHaveLength(2);

    // Adopted: the public page reads them, in order, from the frozen copy; they are fixed.
    expect(await approveAgreement(official, { id: draft.id, version: await version() })).toEqual({ adopted: false });
    expect(await approveAgreement(police, { id: draft.id, version: await version() })).toEqual({ adopted: true });
    const pub = (await findPublicAgreement(places.enkoping.slug, draft.id))!;
    expect(pub.content.commitments).toEqual([
      { heading: "Gemensam lägesbild", text: "Tas fram varje år." },
      { heading: "Uppföljning", text: "" },
    ]);
    await expect(updateCommitment(official, { id: second.id, version: await version(), heading: "x", text: "" })).rejects.toBeInstanceOf(DomainError);
    await expect(moveCommitment(official, { id: second.id, direction: "up" })).rejects.toBeInstanceOf(DomainError);
    await expect(deleteCommitment(official, { id: second.id })).rejects.toBeInstanceOf(DomainError);
    expect(await list()).toHaveLength(2);
  });
});

describe("the cycle page", () => {
  it("shows the current lägesbild, the adopted plan and what is missing", async () => {
    const cycle = (await cycleForMunicipality(official, places.enkoping.slug))!;
    expect(cycle.analysis).not.toBeNull();
    expect(cycle.items.map((i) => i.key)).toEqual(["analysis", "actionPlan", "coordinator", "agreement"]);
    expect(await cycleForMunicipality(neighbour.official, places.enkoping.slug)).toBeNull();
    expect(await cycleForMunicipality(member, places.enkoping.slug)).toBeNull();
  });
});

describe("the migration 20261128140000_law_cycle", () => {
  it("keeps the activities and follow-up of existing promises as they were", async () => {
    const scratch = await createScratchDatabase();
    const old = await openDatabase({ databaseUrl: scratch.url });
    try {
      const mine = "20261128140000_law_cycle";
      await migrate(old.sql, readMigrations().filter((m) => m.name < mine));
      const now = new Date();
      const insert = async (table: string, row: Record<string, unknown>) => {
        const full = { id: randomUUID(), ...row };
        const columns = Object.keys(full);
        await old.sql.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
          Object.values(full),
        );
        return full.id;
      };
      const municipality = await insert("Municipality", { slug: "testkommun", name: "Testkommun", updatedAt: now });
      const area = await insert("PoliceArea", { slug: "lpo-test", name: "LPO Test", updatedAt: now });
      const promise = await insert("CitizenPromise", {
        municipalityId: municipality,
        policeAreaId: area,
        slug: "lofte",
        title: "Löfte",
        periodStart: "2024-01-01",
        periodEnd: "2024-12-31",
        focus: "PLACE",
        updatedAt: now,
      });
      const activity = await insert("Activity", { promiseId: promise, position: 0, title: "Vandringar", targetValue: 4, targetUnit: "vandringar", updatedAt: now });
      const followUp = await insert("ActivityFollowUp", { activityId: activity, periodType: "TERTIAL", periodStart: "2024-01-01", status: "ONGOING", updatedAt: now });
      await insert("FollowUpFigure", { followUpId: followUp, label: "vandringar", value: 2, countsTowardsTarget: true });

      await migrate(old.sql);
      const rows = await old.sql.query<{ promiseId: string; actionPlanId: string | null; rating: string | null; status: string }>(
        `SELECT a."promiseId", a."actionPlanId", a.rating::text AS rating, f.status::text AS status FROM "Activity" a JOIN "ActivityFollowUp" f ON f."activityId" = a.id`,
      );
      expect(rows).toEqual([{ promiseId: promise, actionPlanId: null, rating: null, status: "ONGOING" }]);
      // A row belongs to exactly one plan.
      await expect(old.sql.query(`INSERT INTO "Activity" (id, position, title, "updatedAt") VALUES ($1, 0, 'x', now())`, [randomUUID()])).rejects.toThrow();
    } finally {
      await old.close();
      await scratch.drop();
    }
  });
});
