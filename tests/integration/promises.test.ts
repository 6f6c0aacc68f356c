import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFailure } from "@/lib/actions/define-action";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import { createActivity, deleteActivity, moveActivity, recordFollowUp, updateActivity, updateFollowUp } from "@/lib/activities/mutations";
import type { TCreateActivity } from "@/lib/activities/schemas";
import type { Actor } from "@/lib/auth/actor";
import { NotAuthorizedError } from "@/lib/auth/permissions";
import { database, db } from "@/lib/db";
import { messages, translate } from "@/lib/i18n";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { approvePromise, createPromise, transitionPromise, updatePromise } from "@/lib/promises/mutations";
import { findPromiseForActor } from "@/lib/promises/queries";
import type { TCreatePromise } from "@/lib/promises/schemas";
import { promisesAsCsv } from "@/lib/public/open-data-csv";
import { findPublicPromise, openDataRows, upcomingDialogues } from "@/lib/public/promises";
import { promiseInput as draftPromiseInput } from "./helpers/inputs";
import { demoActor, demoPlaces, otherMunicipality } from "./helpers/world";

let official: Actor, police: Actor, member: Actor;
let places: Awaited<ReturnType<typeof demoPlaces>>;
let neighbour: Awaited<ReturnType<typeof otherMunicipality>>;

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  member = await demoActor("forum@enkoping.demo");
  places = await demoPlaces();
  neighbour = await otherMunicipality();
});
afterAll(async () => (await database()).close());

const criteria = {
  criterionSafety: "Fler vuxna ute kvällstid.",
  criterionCrime: "Tidiga insatser.",
  criterionParticipation: "Boende deltar i trygghetsvandringar.",
  criterionTrust: "Polisen finns på plats och går att prata med.",
};

function promiseInput(overrides: Partial<TCreatePromise> = {}): TCreatePromise {
  return draftPromiseInput(
    { municipalityId: places.enkoping.id, policeAreaId: places.area.id },
    {
      title: `Tryggare Stationsområdet ${randomUUID().slice(0, 6)}`,
      place: "Stationsområdet",
      background: "Boende upplever otrygghet kvällstid.",
      criterionSafety: "",
      criterionCrime: "",
      criterionParticipation: "",
      criterionTrust: "",
      ...overrides,
    },
  );
}

function activityInput(promiseId: string, overrides: Partial<TCreateActivity> = {}): TCreateActivity {
  return {
    promiseId,
    title: "Trygghetsvandringar",
    scope: "4 vandringar per år",
    timing: "Kvällstid",
    responsible: "Brott och drogsamordnare",
    followUp: "Antal vandringar",
    evaluation: "Tryggare Enköping",
    status: "PLANNED",
    goalId: null,
    targetValue: 4,
    targetUnit: "vandringar",
    responsibleOrgIds: [],
    confirmNoPersonalData: false,
    ...overrides,
  };
}

async function publishedPromise() {
  const created = await createPromise(official, promiseInput(criteria));
  const activity = await createActivity(official, activityInput(created.id));
  // The activity plan is part of what the parties approve: a change gives the promise a new version.
  const { version } = (await findPromiseForActor(official, created.id))!;
  await transitionPromise(official, { id: created.id, version, to: "AWAITING_APPROVAL" });
  await approvePromise(official, { id: created.id, version: version + 1 });
  expect((await approvePromise(police, { id: created.id, version: version + 1 })).published).toBe(true);
  return { promise: (await findPromiseForActor(official, created.id))!, activity };
}

describe("who may work on a promise", () => {
  it("keeps other municipalities and forum members out, and lets the police area in", async () => {
    const created = await createPromise(official, promiseInput());
    expect(await findPromiseForActor(police, created.id)).not.toBeNull();
    expect(await findPromiseForActor(member, created.id)).toBeNull();
    expect(await findPromiseForActor(neighbour.official, created.id)).toBeNull();
    const edit = (actor: Actor) => updatePromise(actor, { ...promiseInput(), id: created.id, version: 1 });
    await expect(edit(neighbour.police)).rejects.toBeInstanceOf(NotFoundError);
    await expect(edit(member)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPromise(member, promiseInput())).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(createActivity(neighbour.official, activityInput(created.id))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("publishing", () => {
  it("needs the four criteria and both parties before the public sees anything", async () => {
    const created = await createPromise(official, promiseInput());
    await expect(transitionPromise(official, { id: created.id, version: 1, to: "AWAITING_APPROVAL" })).rejects.toMatchObject({ messageKey: "promises.errors.criteriaMissing" });
    await updatePromise(official, { ...promiseInput(criteria), title: "Löfte med kriterier", id: created.id, version: 1 });
    await transitionPromise(official, { id: created.id, version: 2, to: "AWAITING_APPROVAL" });
    const slug = (await findPromiseForActor(official, created.id))!.slug;

    expect((await approvePromise(official, { id: created.id, version: 3 })).published).toBe(false);
    expect(await findPublicPromise("enkoping", slug)).toBeNull();
    expect((await approvePromise(police, { id: created.id, version: 3 })).published).toBe(true);
    expect((await findPublicPromise("enkoping", slug))?.content.title).toBe("Löfte med kriterier");
  });

  it("keeps later changes from the public, in page, JSON and CSV, until both parties approve them", async () => {
    const { promise } = await publishedPromise();
    const published = promise.title;
    await updatePromise(police, { ...promiseInput(criteria), title: "Ändrad rubrik som inte är godkänd", id: promise.id, version: promise.version });

    const detail = await findPromiseForActor(official, promise.id);
    expect(detail!.unpublishedChanges).toBe(true);
    expect((await findPublicPromise("enkoping", promise.slug))?.content.title).toBe(published);
    const rows = await openDataRows("enkoping");
    expect(rows.map((r) => r.title)).toContain(published);
    expect(rows.map((r) => r.title)).not.toContain("Ändrad rubrik som inte är godkänd");
    expect(promisesAsCsv(rows)).not.toContain("Ändrad rubrik som inte är godkänd");

    await approvePromise(police, { id: promise.id, version: detail!.version });
    await approvePromise(official, { id: promise.id, version: detail!.version });
    expect((await findPublicPromise("enkoping", promise.slug))?.content.title).toBe("Ändrad rubrik som inte är godkänd");
  });

  it("shows nothing waiting for approval right after both parties published, with activities, goals and basis documents", async () => {
    const agreement = await (await db()).agreement.findFirstOrThrow({ where: { municipalityId: places.enkoping.id, goals: { some: {} } }, include: { goals: true } });
    const created = await createPromise(official, promiseInput({ ...criteria, agreementId: agreement.id, goalIds: agreement.goals.slice(0, 2).map((g) => g.id) }));
    await createActivity(official, activityInput(created.id, { goalId: agreement.goals[0]!.id }));
    await createActivity(official, activityInput(created.id, { title: "Föräldravandringar" }));
    const { version } = (await findPromiseForActor(official, created.id))!;
    await transitionPromise(official, { id: created.id, version, to: "AWAITING_APPROVAL" });
    await approvePromise(official, { id: created.id, version: version + 1 });
    await approvePromise(police, { id: created.id, version: version + 1 });

    for (const actor of [official, police]) {
      const detail = await findPromiseForActor(actor, created.id);
      expect(detail!.status).toBe("PUBLISHED");
      expect(detail!.unpublishedChanges).toBe(false);
    }
  });

  it("refuses approval when there is nothing new to publish", async () => {
    const { promise } = await publishedPromise();
    await expect(approvePromise(official, { id: promise.id, version: promise.version })).rejects.toMatchObject({ messageKey: "promises.errors.notApprovable" });
  });
});

describe("follow-up", () => {
  it("is refused, at its field, for a period that ended before the promise began", async () => {
    const created = await createPromise(official, promiseInput({ periodStart: new Date("2026-06-01") }));
    const activity = await createActivity(official, activityInput(created.id));
    const report = (periodType: "TERTIAL" | "MONTH", day: string) =>
      recordFollowUp(police, { activityId: activity.id, periodType, periodStart: new Date(day), done: "", comment: "", status: "ONGOING", achieved: null, figures: [], confirmNoPersonalData: false });
    await expect(report("TERTIAL", "2026-02-10")).rejects.toMatchObject({ messageKey: "activities.errors.beforeOwner", field: "period" });
    await expect(report("MONTH", "2026-06-15")).resolves.toBeTruthy();
  });

  it("is refused, at its field and on edit too, for a period that began after the promise ended; one overlapping its end is kept", async () => {
    const created = await createPromise(official, promiseInput({ periodStart: new Date("2021-05-01"), periodEnd: new Date("2023-12-31") }));
    const activity = await createActivity(official, activityInput(created.id));
    const fields = { activityId: activity.id, done: "", comment: "", status: "ONGOING" as const, achieved: 3, figures: [], confirmNoPersonalData: false };
    const report = (periodType: "TERTIAL" | "YEAR", day: string) => recordFollowUp(police, { ...fields, periodType, periodStart: new Date(day) });
    await expect(report("YEAR", "2026-01-01")).rejects.toMatchObject({ messageKey: "activities.errors.afterOwner", field: "period" });
    await expect(report("TERTIAL", "2025-01-01")).rejects.toMatchObject({ messageKey: "activities.errors.afterOwner", field: "period" });
    await expect(report("YEAR", "2023-01-01")).resolves.toBeTruthy();
    const saved = await (await db()).activityFollowUp.findFirstOrThrow({ where: { activityId: activity.id } });
    await expect(updateFollowUp(police, { ...fields, id: saved.id, version: 1, periodType: "YEAR", periodStart: new Date("2024-01-01") })).rejects.toMatchObject({
      messageKey: "activities.errors.afterOwner",
      field: "period",
    });
    expect(translate("sv", "activities.errors.afterOwner")).toMatch(/^Perioden började efter att löftet eller planen slutade/);
    expect((await (await db()).activityFollowUp.findMany({ where: { activityId: activity.id } })).map((f) => f.periodStart.toISOString().slice(0, 10))).toEqual(["2023-01-01"]);
  });

  it("saves a period sent from two tabs at once once, and tells the other at the period field that it is already reported", async () => {
    const created = await createPromise(official, promiseInput({ periodStart: new Date("2026-01-01") }));
    const activity = await createActivity(official, activityInput(created.id));
    const prisma = await db();
    // The other tab's save has written its row but not yet committed when this one checks for the period.
    let inserted!: () => void, commit!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const otherTab = prisma.$transaction(async (tx) => {
      await tx.activityFollowUp.create({ data: { activityId: activity.id, periodType: "MONTH", periodStart: new Date("2026-03-01"), status: "ONGOING" } });
      inserted();
      await committing;
    });
    await written;
    const thisTab = recordFollowUp(police, {
      activityId: activity.id,
      periodType: "MONTH",
      periodStart: new Date("2026-03-01"),
      done: "",
      comment: "",
      status: "ONGOING",
      achieved: null,
      figures: [],
      confirmNoPersonalData: false,
    }).then(() => null, (e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await otherTab;
    const failure = await toFailure(await thisTab, (key) => translate("sv", key));
    expect(failure).toMatchObject({ ok: false, fieldErrors: { period: "Det finns redan en uppföljning för den perioden. Ändra den i stället." } });
    expect(await prisma.activityFollowUp.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("shows at once as progress against the scope, on the public page and in open data", async () => {
    const { promise, activity } = await publishedPromise();
    await recordFollowUp(police, {
      activityId: activity.id,
      periodType: "TERTIAL",
      periodStart: new Date("2026-02-15"),
      done: "Tre vandringar med föreningar.",
      comment: "",
      status: "ONGOING",
      achieved: 3,
      figures: [{ label: "deltagande vuxna", value: 27 }],
      confirmNoPersonalData: false,
    });
    const page = await findPublicPromise("enkoping", promise.slug);
    expect(page!.progress[activity.id]).toMatchObject({ achieved: 3, target: 4, percent: 75, status: "ONGOING" });
    expect(page!.progress[activity.id]!.lastPeriod?.toISOString().slice(0, 10)).toBe("2026-01-01");
    const row = (await openDataRows("enkoping")).find((r) => r.promise_id === promise.id)!;
    expect(row.activities[0]).toMatchObject({ achieved_value: 3, target_value: 4, status: "ONGOING", last_reported_period: "2026-01-01" });

    const again = await recordFollowUp(police, {
      activityId: activity.id,
      periodType: "TERTIAL",
      periodStart: new Date("2026-04-30"),
      done: "",
      comment: "",
      status: "ONGOING",
      achieved: 1,
      figures: [],
      confirmNoPersonalData: false,
    }).catch((e) => e);
    expect(again).toMatchObject({ field: "period", messageKey: "activities.errors.periodTaken" });
  });

  it("is refused to people outside the promise's scope", async () => {
    const { activity } = await publishedPromise();
    const input = { activityId: activity.id, periodType: "MONTH" as const, periodStart: new Date("2026-03-01"), done: "", comment: "", status: "DONE" as const, achieved: 1, figures: [], confirmNoPersonalData: false };
    await expect(recordFollowUp(neighbour.police, input)).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(recordFollowUp(member, input)).rejects.toBeInstanceOf(NotAuthorizedError);
  });
});

describe("bad input", () => {
  it("warns about text that looks like a personal identity number, at its field, and saves nothing", async () => {
    const error = await createPromise(official, promiseInput({ background: "Gäller 811218-9876." })).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field: "background", messageKey: "privacy.personalNumber" });
    const { activity } = await publishedPromise();
    const followUp = await recordFollowUp(official, {
      activityId: activity.id,
      periodType: "MONTH",
      periodStart: new Date("2026-05-01"),
      done: "Samtal med 811218-9876",
      comment: "",
      status: "DONE",
      achieved: null,
      figures: [],
      confirmNoPersonalData: false,
    }).catch((e) => e);
    expect(followUp).toMatchObject({ field: "done" });
  });

  it("refuses the second of two edits to the same activity", async () => {
    const created = await createPromise(official, promiseInput());
    const activity = await createActivity(official, activityInput(created.id));
    const { promiseId: _ , ...rest } = activityInput(created.id);
    await updateActivity(police, { ...rest, id: activity.id, version: 1, title: "Polisens ändring" });
    await expect(updateActivity(official, { ...rest, id: activity.id, version: 1, title: "Kommunens ändring" })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("citizen dialogues", () => {
  it("are recorded by either party for the municipalities they serve, and announced publicly when upcoming", async () => {
    const dialogue = {
      title: `Dialogmöte Bålsta ${randomUUID().slice(0, 4)}`,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      place: "Bålsta bibliotek",
      format: "Öppet möte",
      participantCount: null,
      themes: "Trygghet vid pendeltågsstationen",
      announced: true,
      confirmNoPersonalData: false,
    };
    await createDialogue(police, { ...dialogue, municipalityId: places.habo.id });
    await expect(createDialogue(official, { ...dialogue, municipalityId: places.habo.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    expect((await upcomingDialogues("habo")).map((d) => d.title)).toContain(dialogue.title);
    await createDialogue(official, { ...dialogue, title: "Internt planeringsmöte", announced: false, municipalityId: places.enkoping.id });
    expect((await upcomingDialogues("enkoping")).map((d) => d.title)).not.toContain("Internt planeringsmöte");
  });

  it("withdraws the approvals of the promises quoting an edited dialogue, so an approval given before cannot publish the change", async () => {
    const base = { title: "Dialog om stationen", startsAt: new Date("2026-03-01T17:00:00Z"), place: "Stationen", format: "Vandring", participantCount: 12, themes: "Belysning", announced: false, confirmNoPersonalData: false };
    const dialogue = await createDialogue(official, { ...base, municipalityId: places.enkoping.id });
    const created = await createPromise(official, promiseInput({ ...criteria, dialogueIds: [dialogue.id] }));
    await createActivity(official, activityInput(created.id));
    const { version } = (await findPromiseForActor(official, created.id))!;
    await transitionPromise(official, { id: created.id, version, to: "AWAITING_APPROVAL" });
    await approvePromise(official, { id: created.id, version: version + 1 });

    // Whether it is announced is not quoted: the promise keeps its version and approvals.
    await updateDialogue(police, { ...base, id: dialogue.id, version: 1, announced: true });
    expect((await findPromiseForActor(police, created.id))!.version).toBe(version + 1);

    await updateDialogue(police, { ...base, id: dialogue.id, version: 2, announced: true, themes: "Belysning och buskage" });
    // The police's screen showed the version before the change: refused, nothing published.
    await expect(approvePromise(police, { id: created.id, version: version + 1 })).rejects.toBeInstanceOf(ConflictError);
    const reloaded = (await findPromiseForActor(police, created.id))!;
    expect(reloaded.version).toBe(version + 2);
    // The municipality's approval was of the old text: the police's alone does not publish.
    expect((await approvePromise(police, { id: created.id, version: reloaded.version })).published).toBe(false);
    expect((await approvePromise(official, { id: created.id, version: reloaded.version })).published).toBe(true);
    const published = await findPublicPromise("enkoping", reloaded.slug);
    expect(published!.content.dialogues.map((d) => d.themes)).toEqual(["Belysning och buskage"]);

    // Completed, the promise is fixed: a later edit of the dialogue leaves it and its approvals as they are.
    const done = (await findPromiseForActor(official, created.id))!;
    await transitionPromise(official, { id: created.id, version: done.version, to: "COMPLETED" });
    const completed = (await findPromiseForActor(official, created.id))!;
    await updateDialogue(official, { ...base, id: dialogue.id, version: 3, announced: true, themes: "Efter avslutet" });
    expect((await findPromiseForActor(official, created.id))!.version).toBe(completed.version);
    expect(await (await db()).approval.count({ where: { promiseId: created.id, withdrawnAt: null } })).toBe(2);
  });
});

describe("an approval of a version that is no longer the current one", () => {
  const refusal = async (approval: Promise<unknown>) => {
    const error = await approval.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    return toFailure(error, (key) => translate("sv", key));
  };

  it("is refused in approval terms, naming what changed in the promise's own text", async () => {
    const created = await createPromise(official, promiseInput(criteria));
    await transitionPromise(official, { id: created.id, version: 1, to: "AWAITING_APPROVAL" });
    // The official opened the page at version 2; the police then changed the title.
    await updatePromise(police, { ...promiseInput(criteria), title: "Ny rubrik från polisen", id: created.id, version: 2 });

    const failure = await refusal(approvePromise(official, { id: created.id, version: 2 }));
    expect(failure).toMatchObject({ ok: false, formError: messages("sv").errors.approvalConflict, conflict: { during: "approval", entityType: "CitizenPromise" } });
    expect(failure.ok === false && failure.conflict!.changes.map((c) => c.field)).toContain("title");
  });

  it("is refused in approval terms when a linked dialogue changed, with no list of the promise's fields (none of them changed)", async () => {
    const base = { title: "Dialog om torget", startsAt: new Date("2026-03-01T17:00:00Z"), place: "Torget", format: "Vandring", participantCount: 8, themes: "Belysning", announced: false, confirmNoPersonalData: false };
    const dialogue = await createDialogue(official, { ...base, municipalityId: places.enkoping.id });
    const created = await createPromise(official, promiseInput({ ...criteria, dialogueIds: [dialogue.id] }));
    await transitionPromise(official, { id: created.id, version: 1, to: "AWAITING_APPROVAL" });
    await updateDialogue(police, { ...base, id: dialogue.id, version: 1, title: "Dialog om torget och parken" });

    const failure = await refusal(approvePromise(official, { id: created.id, version: 2 }));
    expect(failure).toMatchObject({ ok: false, formError: messages("sv").errors.approvalConflict, conflict: { during: "approval", changes: [] } });
  });
});

describe("the rest of the plan's life", () => {
  it("reorders and removes activities, withdrawing approvals, and locks a completed promise", async () => {
    const { promise } = await publishedPromise();
    const second = await createActivity(official, activityInput(promise.id, { title: "Andra aktiviteten" }));
    await moveActivity(police, { id: second.id, direction: "up" });
    let detail = await findPromiseForActor(official, promise.id);
    expect(detail!.activities.map((a) => a.title)).toEqual(["Andra aktiviteten", "Trygghetsvandringar"]);
    expect(detail!.unpublishedChanges).toBe(true);

    await deleteActivity(official, { id: second.id });
    detail = await findPromiseForActor(official, promise.id);
    expect(detail!.activities.map((a) => [a.title, a.position])).toEqual([["Trygghetsvandringar", 0]]);

    await transitionPromise(official, { id: promise.id, version: detail!.version, to: "COMPLETED" });
    await expect(createActivity(official, activityInput(promise.id))).rejects.toMatchObject({ messageKey: "promises.errors.notEditable" });
    expect((await findPublicPromise("enkoping", promise.slug))?.status).toBe("COMPLETED");
  });

  it("changes a follow-up against the version loaded, and the progress follows", async () => {
    const { promise, activity } = await publishedPromise();
    const input = { activityId: activity.id, periodType: "MONTH" as const, periodStart: new Date("2026-09-01"), done: "", comment: "", status: "ONGOING" as const, achieved: 1, figures: [], confirmNoPersonalData: false };
    await recordFollowUp(official, input);
    const prisma = await db();
    const saved = await prisma.activityFollowUp.findFirstOrThrow({ where: { activityId: activity.id } });
    const { activityId: _, ...fields } = input;
    await updateFollowUp(police, { ...fields, id: saved.id, version: 1, achieved: 2, status: "DONE" });
    await expect(updateFollowUp(official, { ...fields, id: saved.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    const page = await findPublicPromise("enkoping", promise.slug);
    expect(page!.progress[activity.id]).toMatchObject({ achieved: 2, status: "DONE" });
  });

  it("edits a dialogue against the version loaded, within the editor's municipalities", async () => {
    const base = { title: "Trygghetsvandring Joar", startsAt: new Date("2027-03-01T17:00:00Z"), place: "Joar", format: "Vandring", participantCount: 18, themes: "Belysning", announced: false, confirmNoPersonalData: false };
    const dialogue = await createDialogue(official, { ...base, municipalityId: places.enkoping.id });
    await updateDialogue(police, { ...base, id: dialogue.id, version: 1, participantCount: 21 });
    await expect(updateDialogue(official, { ...base, id: dialogue.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateDialogue(neighbour.official, { ...base, id: dialogue.id, version: 2 })).rejects.toBeInstanceOf(NotAuthorizedError);
  });
});
