import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/domain-error";
import { formDataToObject } from "@/lib/actions/form-data";
import { createActivity, updateActivity } from "@/lib/activities/mutations";
import type { TCreateActivity } from "@/lib/activities/schemas";
import { readableHistoryOf } from "@/lib/audit/readable";
import type { Actor } from "@/lib/auth/actor";
import { database, db } from "@/lib/db";
import { toDateInput, toSwedishLocalInput } from "@/lib/format/dates";
import { meetingHistoryForActor } from "@/lib/forums/history";
import { findForumForActor, findMeetingForActor, responsibleOptions } from "@/lib/forums/queries";
import { createGoal, updateGoal } from "@/lib/goals/mutations";
import { buildTree, flatten } from "@/lib/goals/tree";
import { messages, translate } from "@/lib/i18n";
import { createMeeting, recordMeeting, updateItemStatus } from "@/lib/meetings/mutations";
import { ZCreateMeeting, ZRecordMeeting, type TCreateMeeting } from "@/lib/meetings/schemas";
import { approvePromise, transitionPromise } from "@/lib/promises/mutations";
import { historyLabels } from "@/components/history/history-labels";
import { demoActor, demoPlaces } from "./helpers/world";

let official: Actor, police: Actor, member: Actor;
let tryggare: { id: string };
let places: Awaited<ReturnType<typeof demoPlaces>>;
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  member = await demoActor("forum@enkoping.demo");
  places = await demoPlaces();
  const prisma = await db();
  tryggare = await prisma.forum.findFirstOrThrow({ where: { name: "Tryggare Enköping" } });
});
afterAll(async () => (await database()).close());

const DAY = 24 * 60 * 60 * 1000;
/** Days from now, at 09:00 UTC: meetings ahead of or behind the moment the tests run. */
const daysFromNow = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 9));
};
const calendarDay = (moment: Date) => new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));

/** A submission as the browser sends it: every field a string. */
function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return formDataToObject(data);
}

/** The field messages the server action would show, as defineAction builds them. */
function fieldMessages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const messages: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) messages[issue.path.join(".")] ??= translate("sv", issue.message);
  return messages;
}

const none = { goalId: null, promiseId: null, activityId: null };
function meeting(startsAt: Date, items: TCreateMeeting["items"] = []): TCreateMeeting {
  return { forumId: tryggare.id, startsAt, location: "Stadshuset", agenda: "1. Lägesbild", items, confirmNoPersonalData: false };
}

/** The minutes' form as the meeting page fills it in: the meeting's own items with their ids, then empty rows. */
async function minutesForm(actor: Actor, meetingId: string, changes: Record<string, string> = {}) {
  const found = await findMeetingForActor(actor, tryggare.id, meetingId);
  const { meeting: saved } = found!;
  const fields: Record<string, string> = {
    id: saved.id,
    version: String(saved.version),
    startsAt: toSwedishLocalInput(saved.startsAt),
    location: saved.location,
    status: saved.status,
    agenda: saved.agenda,
    minutes: saved.minutes,
  };
  saved.actionItems.forEach((item, i) => {
    Object.assign(fields, {
      [`items.${i}.id`]: item.id,
      [`items.${i}.title`]: item.title,
      [`items.${i}.responsibleUserId`]: item.responsibleUserId ?? "",
      [`items.${i}.responsibleOrganisationId`]: item.responsibleOrganisationId ?? "",
      [`items.${i}.dueOn`]: toDateInput(item.dueOn),
      [`items.${i}.concerns`]: item.goalId ? `goal:${item.goalId}` : item.promiseId ? `promise:${item.promiseId}` : item.activityId ? `activity:${item.activityId}` : "",
    });
  });
  // Two empty rows for new items, as the page adds them.
  for (const i of [saved.actionItems.length, saved.actionItems.length + 1]) {
    Object.assign(fields, { [`items.${i}.title`]: "", [`items.${i}.responsibleUserId`]: "", [`items.${i}.responsibleOrganisationId`]: "", [`items.${i}.dueOn`]: "", [`items.${i}.concerns`]: "" });
  }
  return ZRecordMeeting.parse(form({ ...fields, ...changes }));
}

describe("a meeting's date", () => {
  it("is refused at its field, in Swedish, when empty or malformed, in both meeting forms", () => {
    const plan = (startsAt: string, dueOn = "2027-03-09") =>
      ZCreateMeeting.safeParse(
        form({ forumId: tryggare.id, startsAt, location: "", agenda: "1. Veckans lägesbild", "items.0.title": "Boka lokal", "items.0.responsibleUserId": member.id, "items.0.dueOn": dueOn }),
      );
    const dateTimeMessage = "Ange datum och tid, till exempel 2027-05-07 16:30.";
    for (const startsAt of ["", "   ", "inte ett datum", "2027-02-30T10:00", "2027-13-01T10:00", "2027-03-02T25:00", "0000-03-02T10:00"]) {
      const result = plan(startsAt);
      expect(result.success, startsAt).toBe(false);
      expect(fieldMessages(result), startsAt).toEqual({ startsAt: dateTimeMessage });
    }
    // A malformed due date is its row's field, and the meeting's own date is still checked.
    expect(fieldMessages(plan("", "2027-02-30"))).toEqual({ startsAt: dateTimeMessage, "items.0.dueOn": "Skriv ett giltigt datum som ÅÅÅÅ-MM-DD." });
    expect(fieldMessages(plan("2027-03-02T09:00", ""))).toEqual({ "items.0.dueOn": "Ange ett datum (ÅÅÅÅ-MM-DD)." });
    expect(plan("2027-03-02T09:00").success).toBe(true);

    const minutes = ZRecordMeeting.safeParse(
      form({ id: randomUUID(), version: "1", startsAt: "", status: "PLANNED", minutes: "Anteckningar", "items.0.title": "Boka lokal", "items.0.responsibleUserId": member.id, "items.0.dueOn": "2027-03-09" }),
    );
    expect(fieldMessages(minutes)).toEqual({ startsAt: dateTimeMessage });
  });
});

describe("saving a meeting's minutes again", () => {
  it("updates the items the meeting already has instead of adding them again", async () => {
    const startsAt = daysFromNow(20);
    const due = (days: number) => toDateInput(new Date(calendarDay(startsAt).getTime() + days * DAY));
    const created = await createMeeting(member, meeting(startsAt, [{ title: `Boka lokal ${tag}`, responsibleUserId: member.id, responsibleOrganisationId: null, dueOn: new Date(due(3)), ...none }]));
    const prisma = await db();
    const count = () => prisma.actionItem.count({ where: { meetingId: created.id } });

    // The minutes add one item in the first empty row.
    await recordMeeting(member, await minutesForm(member, created.id, { minutes: "Anteckningar", "items.1.title": `Ordna vuxenvandring ${tag}`, "items.1.responsibleUserId": member.id, "items.1.dueOn": due(7) }));
    expect(await count()).toBe(2);

    // Saved again as the page shows it, twice: still two items, nothing new in their history.
    await recordMeeting(member, await minutesForm(member, created.id));
    await recordMeeting(member, await minutesForm(member, created.id, { minutes: "Anteckningar, kompletterade" }));
    expect(await count()).toBe(2);
    const items = await prisma.actionItem.findMany({ where: { meetingId: created.id }, orderBy: { dueOn: "asc" } });
    expect(items.map((i) => [i.title, i.version])).toEqual([[`Boka lokal ${tag}`, 1], [`Ordna vuxenvandring ${tag}`, 1]]);

    // A change to an existing row updates that item, with its history; the count stays.
    await recordMeeting(member, await minutesForm(member, created.id, { "items.0.title": `Boka större lokal ${tag}` }));
    expect(await count()).toBe(2);
    const renamed = await prisma.actionItem.findUniqueOrThrow({ where: { id: items[0]!.id } });
    expect([renamed.title, renamed.version]).toEqual([`Boka större lokal ${tag}`, 2]);
    const update = await prisma.auditLog.findFirstOrThrow({ where: { action: "actionItem.update", entityId: renamed.id } });
    expect(update.changes).toEqual({ title: { from: `Boka lokal ${tag}`, to: `Boka större lokal ${tag}` } });

    // An id of another meeting's item is refused, not taken over.
    const other = await createMeeting(member, meeting(startsAt, [{ title: "Annat möte", responsibleUserId: member.id, responsibleOrganisationId: null, dueOn: new Date(due(3)), ...none }]));
    const foreign = await prisma.actionItem.findFirstOrThrow({ where: { meetingId: other.id } });
    const error = await recordMeeting(member, await minutesForm(member, created.id, { "items.0.id": foreign.id })).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field: "items.0.title", messageKey: "meetings.errors.itemElsewhere" });
    expect(await count()).toBe(2);
  });
});

describe("a meeting's status", () => {
  it("cannot be held before the meeting has taken place", async () => {
    const ahead = await createMeeting(member, meeting(daysFromNow(10)));
    const error = await recordMeeting(member, await minutesForm(member, ahead.id, { location: "Rådhuset", status: "HELD" })).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field: "status", messageKey: "meetings.errors.heldInFuture" });
    expect(translate("sv", "meetings.errors.heldInFuture")).toMatch(/inte ägt rum/);

    // Changing only the place keeps it planned.
    await recordMeeting(member, await minutesForm(member, ahead.id, { location: "Rådhuset" }));
    const prisma = await db();
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: ahead.id }, select: { status: true, location: true } })).toEqual({ status: "PLANNED", location: "Rådhuset" });

    // A meeting that has taken place can be marked held.
    const past = await createMeeting(member, meeting(daysFromNow(-3)));
    await recordMeeting(member, await minutesForm(member, past.id, { status: "HELD" }));
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("HELD");
  });
});

describe("what an item can concern", () => {
  it("offers goals grouped by agreement, numbered as the agreement numbers them, the current agreement first", async () => {
    const prisma = await db();
    const joint = { municipalityId: places.enkoping.id, policeAreaId: places.area.id };
    // A current agreement with a focus area and two sub-goals, and a later one that has run out.
    const current = await prisma.agreement.create({ data: { ...joint, title: `Gällande avtal ${tag}`, status: "ACTIVE", periodStart: new Date("2026-01-01"), periodEnd: new Date("2029-12-31") } });
    const focus = await prisma.goal.create({ data: { agreementId: current.id, position: 0, title: `Fokusområde ${tag}` } });
    await prisma.goal.create({ data: { agreementId: current.id, parentId: focus.id, position: 1, title: `Andra delmålet ${tag}` } });
    await prisma.goal.create({ data: { agreementId: current.id, parentId: focus.id, position: 0, title: `Första delmålet ${tag}` } });
    await prisma.goal.create({ data: { agreementId: current.id, position: 1, title: `Processmål ${tag}` } });
    const expired = await prisma.agreement.create({ data: { ...joint, title: `Utgånget avtal ${tag}`, status: "EXPIRED", periodStart: new Date("2031-01-01"), periodEnd: new Date("2031-12-31") } });
    await prisma.goal.create({ data: { agreementId: expired.id, position: 0, title: `Fokusområde ${tag}` } });
    const draft = await prisma.agreement.create({ data: { ...joint, title: `Avtalsutkast ${tag}`, status: "DRAFT", periodStart: new Date("2032-01-01"), periodEnd: new Date("2032-12-31") } });
    await prisma.goal.create({ data: { agreementId: draft.id, position: 0, title: `Utkastmål ${tag}` } });

    const goalChoices = async (actor: Actor) => {
      const forum = await findForumForActor(actor, tryggare.id);
      return (await responsibleOptions(actor, forum!)).concerns.filter((c) => c.kind === "goal");
    };

    for (const actor of [official, member]) {
      const goals = await goalChoices(actor);
      // Each agreement's goals together, in one run, numbered as its own goal tree numbers them.
      const groups = goals.map((g) => g.group.id).filter((id, i, all) => all.indexOf(id) === i);
      const runs = goals.map((g) => g.group.id).filter((id, i, all) => i === 0 || all[i - 1] !== id);
      expect(runs).toEqual(groups);
      for (const agreementId of groups) {
        const stored = await prisma.goal.findMany({ where: { agreementId }, select: { id: true, parentId: true, position: true } });
        const numbered = flatten(buildTree(stored)).map((g) => [`goal:${g.id}`, g.number]);
        expect(goals.filter((g) => g.group.id === agreementId).map((g) => [g.value, g.number])).toEqual(numbered);
      }
      // Current agreements first, whatever their period; the one that ran out later.
      const statuses = await prisma.agreement.findMany({ where: { id: { in: groups } }, select: { id: true, status: true } });
      const currentFlags = groups.map((id) => ["ADOPTED", "ACTIVE"].includes(statuses.find((s) => s.id === id)!.status));
      expect(currentFlags[0]).toBe(true);
      expect(currentFlags).toEqual([...currentFlags].sort((a, b) => Number(b) - Number(a)));

      const ours = goals.filter((g) => g.group.id === current.id);
      expect(ours.map((g) => `${g.number} ${g.title}`)).toEqual([`1 Fokusområde ${tag}`, `1.1 Första delmålet ${tag}`, `1.2 Andra delmålet ${tag}`, `2 Processmål ${tag}`]);
      expect(ours[0]!.group).toMatchObject({ title: `Gällande avtal ${tag}`, periodStart: new Date("2026-01-01"), periodEnd: new Date("2029-12-31") });
    }

    // Officials see every agreement, the run-out one after the current ones; forum members
    // keep seeing only current agreements' goals, never a draft's.
    const forOfficial = (await goalChoices(official)).map((g) => g.group.id);
    expect(forOfficial.indexOf(expired.id)).toBeGreaterThan(forOfficial.lastIndexOf(current.id));
    expect(forOfficial).toContain(draft.id);
    const forMember = (await goalChoices(member)).map((g) => g.group.id);
    expect(forMember).toContain(current.id);
    expect(forMember).not.toContain(expired.id);
    expect(forMember).not.toContain(draft.id);
  });
});

describe("the history as people read it", () => {
  it("shows statuses and parties in Swedish, and goals, people and dates by name, never an id", async () => {
    const prisma = await db();
    const joint = { municipalityId: places.enkoping.id, policeAreaId: places.area.id };
    const criteria = { criterionSafety: "Tryggare", criterionCrime: "Färre brott", criterionParticipation: "Delaktighet", criterionTrust: "Förtroende" };
    const promise = await prisma.citizenPromise.create({
      data: { ...joint, ...criteria, slug: `historik-${tag}`, title: `Löfte med historik ${tag}`, status: "DRAFT", periodStart: new Date("2027-01-01"), periodEnd: new Date("2027-12-31"), focus: "PLACE", place: "Centrum" },
    });
    await transitionPromise(official, { id: promise.id, version: 1, to: "AWAITING_APPROVAL" });
    await approvePromise(police, { id: promise.id, version: 2 });

    // Goals of a draft agreement: one moved under another, and an activity moved from one to the other.
    const agreement = await prisma.agreement.create({ data: { ...joint, title: `Avtal med historik ${tag}`, status: "DRAFT", periodStart: new Date("2027-01-01"), periodEnd: new Date("2030-12-31") } });
    const first = await createGoal(official, { agreementId: agreement.id, parentId: null, title: `Trygga centrum ${tag}`, description: "" });
    const second = await createGoal(official, { agreementId: agreement.id, parentId: null, title: `Tryggare skolvägar ${tag}`, description: "" });
    await updateGoal(official, { id: second.id, version: 1, parentId: first.id, title: second.title, description: "" });

    const draftPromise = await prisma.citizenPromise.create({
      data: { ...joint, slug: `aktivitet-${tag}`, title: `Löfte med aktivitet ${tag}`, status: "DRAFT", periodStart: new Date("2027-01-01"), periodEnd: new Date("2027-12-31"), focus: "PLACE", place: "Centrum" },
    });
    const input: TCreateActivity = {
      promiseId: draftPromise.id, title: `Vandringar ${tag}`, scope: "", timing: "", responsible: "", followUp: "", evaluation: "",
      status: "PLANNED", goalId: first.id, targetValue: null, targetUnit: null, responsibleOrgIds: [], confirmNoPersonalData: false,
    };
    const activity = await createActivity(official, input);
    const { promiseId: _promiseId, ...rest } = input;
    await updateActivity(official, { ...rest, id: activity.id, version: 1, goalId: second.id, status: "ONGOING" });

    const change = (entries: Awaited<ReturnType<typeof readableHistoryOf>>, action: string, field: string) =>
      entries.find((e) => e.action === action && e.changes?.[field])!.changes![field];

    const promiseHistory = await readableHistoryOf(official, "CitizenPromise", promise.id, "sv");
    expect(change(promiseHistory, "promise.transition", "status")).toEqual({ from: "Utkast", to: "Väntar på godkännande" });
    expect(change(promiseHistory, "promise.approve", "approval")).toEqual({ from: null, to: "Polisen" });

    const agreementHistory = await readableHistoryOf(official, "Agreement", agreement.id, "sv");
    expect(change(agreementHistory, "goal.update", "parentId")).toEqual({ from: "Huvudmål (översta nivån)", to: `Trygga centrum ${tag}` });

    const activityHistory = await readableHistoryOf(official, "CitizenPromise", draftPromise.id, "sv");
    expect(change(activityHistory, "activity.update", "goalId")).toEqual({ from: `Trygga centrum ${tag}`, to: `Tryggare skolvägar ${tag}` });
    expect(change(activityHistory, "activity.update", "status")).toEqual({ from: "Planerad", to: "Pågår" });

    const everything = JSON.stringify([promiseHistory, agreementHistory, activityHistory].flat().map((e) => e.changes));
    expect(everything).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(everything).not.toMatch(/AWAITING_APPROVAL|"POLICE"|"DRAFT"|T00:00:00/);

    // A promise's own title is "Titel", an activity's "Aktivitet".
    const labels = historyLabels(messages("sv"));
    expect(labels.CitizenPromise!.title).toBe("Titel");
    expect(labels.Activity!.title).toBe("Aktivitet");
    expect(labels.Goal!.parentId).toBe("Placering");
  });

  it("names an action item's responsible person, goal and status, and its meeting's date, in the meeting's history", async () => {
    const prisma = await db();
    // Other test files add adopted agreements with a single goal; this needs two.
    const agreements = await prisma.agreement.findMany({ where: { municipalityId: places.enkoping.id, status: { in: ["ADOPTED", "ACTIVE"] } }, include: { goals: { orderBy: { position: "asc" }, take: 2 } } });
    const agreement = agreements.find((a) => a.goals.length === 2)!;
    const [goalA, goalB] = agreement.goals;
    const startsAt = daysFromNow(30);
    const due = toDateInput(new Date(calendarDay(startsAt).getTime() + 7 * DAY));
    const created = await createMeeting(member, meeting(startsAt, [{ title: `Följ upp målet ${tag}`, responsibleUserId: member.id, responsibleOrganisationId: null, dueOn: new Date(due), ...none, goalId: goalA!.id }]));
    await recordMeeting(member, await minutesForm(member, created.id, { "items.0.concerns": `goal:${goalB!.id}`, startsAt: toSwedishLocalInput(daysFromNow(31)) }));
    const item = await prisma.actionItem.findFirstOrThrow({ where: { meetingId: created.id } });
    await updateItemStatus(member, { id: item.id, version: item.version, status: "DONE" });

    const history = await meetingHistoryForActor(member, tryggare.id, created.id, "sv");
    const entries = history!.entries;
    const of = (action: string) => entries.find((e) => e.action === action)!.changes!;
    expect(of("actionItem.update").goalId).toEqual({ from: goalA!.title, to: goalB!.title });
    expect(of("actionItem.status").status).toEqual({ from: "Öppen", to: "Klar" });
    expect(of("actionItem.create").responsibleUserId).toEqual({ from: null, to: member.name });
    expect(of("actionItem.create").dueOn!.to).toMatch(/^\d{1,2} [a-zåäö]+ \d{4}$/);
    expect(of("meeting.update").startsAt!.to).toMatch(/^\d{1,2} [a-zåäö]+ \d{4} kl\. \d{2}\.\d{2}$/);
    expect(JSON.stringify(entries.map((e) => e.changes))).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"DONE"|"OPEN"/);
  });
});
