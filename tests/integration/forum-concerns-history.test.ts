import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/domain-error";
import { createActivity, recordFollowUp, updateActivity, updateFollowUp } from "@/lib/activities/mutations";
import type { TCreateActivity } from "@/lib/activities/schemas";
import type { Actor } from "@/lib/auth/actor";
import { database, db } from "@/lib/db";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { dialogueHistoryForActor } from "@/lib/dialogues/queries";
import { forumHistoryForActor, meetingHistoryForActor } from "@/lib/forums/history";
import { findForumForActor, findMeetingForActor, listForumItems, responsibleOptions } from "@/lib/forums/queries";
import { translate } from "@/lib/i18n";
import { createMeeting, recordMeeting } from "@/lib/meetings/mutations";
import type { TCreateMeeting, TRecordMeeting } from "@/lib/meetings/schemas";
import { buildPromiseSnapshot, snapshotInclude } from "@/lib/promises/snapshot";
import { demoActor, demoPlaces, otherMunicipality } from "./helpers/world";

let official: Actor, member: Actor, police: Actor;
let places: Awaited<ReturnType<typeof demoPlaces>>;
let neighbour: Awaited<ReturnType<typeof otherMunicipality>>;
let tryggare: { id: string }, triangeln: { id: string };
const tag = randomUUID().slice(0, 6);

/** Records of Enköping in every state a forum item could point at. */
let world: {
  adoptedGoal: { id: string; title: string };
  draftGoal: { id: string; title: string };
  draftPromise: { id: string; title: string };
  draftActivity: { id: string; title: string };
  published: { id: string; title: string; publishedTitle: string };
  publishedActivity: { id: string; title: string; publishedTitle: string };
  laterActivity: { id: string; title: string };
};

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  member = await demoActor("forum@enkoping.demo");
  places = await demoPlaces();
  neighbour = await otherMunicipality();
  const prisma = await db();
  tryggare = await prisma.forum.findFirstOrThrow({ where: { name: "Tryggare Enköping" } });
  triangeln = await prisma.forum.findFirstOrThrow({ where: { name: "Trygghetstriangeln" } });
  const joint = { municipalityId: places.enkoping.id, policeAreaId: places.area.id };

  const agreement = (title: string, status: "DRAFT" | "ADOPTED") =>
    prisma.agreement.create({ data: { ...joint, title, status, periodStart: new Date("2027-01-01"), periodEnd: new Date("2030-12-31") } });
  const adoptedAgreement = await agreement(`Antaget avtal ${tag}`, "ADOPTED");
  const adoptedGoal = await prisma.goal.create({ data: { agreementId: adoptedAgreement.id, position: 0, title: `Antaget mål ${tag}` } });
  const draftAgreement = await agreement(`Avtalsutkast ${tag}`, "DRAFT");
  const draftGoal = await prisma.goal.create({ data: { agreementId: draftAgreement.id, position: 0, title: `Utkastmål ${tag}` } });

  const promise = (title: string, status: "DRAFT" | "PUBLISHED") =>
    prisma.citizenPromise.create({
      data: { ...joint, slug: `lofte-${randomUUID().slice(0, 8)}`, title, status, periodStart: new Date("2027-01-01"), periodEnd: new Date("2027-12-31"), focus: "PLACE", place: "Centrum" },
    });
  const draftPromise = await promise(`Utkastlöfte ${tag}`, "DRAFT");
  const draftActivity = await prisma.activity.create({ data: { promiseId: draftPromise.id, position: 0, title: `Utkastaktivitet ${tag}` } });

  // Published with one activity; afterwards renamed and given a second activity, both unapproved.
  const published = await promise(`Publicerat löfte ${tag}`, "PUBLISHED");
  const publishedActivity = await prisma.activity.create({ data: { promiseId: published.id, position: 0, title: `Publicerad aktivitet ${tag}` } });
  const full = await prisma.citizenPromise.findUniqueOrThrow({ where: { id: published.id }, include: snapshotInclude });
  await prisma.promisePublication.create({ data: { promiseId: published.id, promiseVersion: 1, snapshot: buildPromiseSnapshot(full) as never } });
  await prisma.citizenPromise.update({ where: { id: published.id }, data: { title: `Ändrad löftestitel ${tag}`, version: 2 } });
  await prisma.activity.update({ where: { id: publishedActivity.id }, data: { title: `Ändrad aktivitetstitel ${tag}` } });
  const laterActivity = await prisma.activity.create({ data: { promiseId: published.id, position: 1, title: `Opublicerad aktivitet ${tag}` } });

  world = {
    adoptedGoal,
    draftGoal,
    draftPromise,
    draftActivity,
    published: { id: published.id, title: `Ändrad löftestitel ${tag}`, publishedTitle: published.title },
    publishedActivity: { id: publishedActivity.id, title: `Ändrad aktivitetstitel ${tag}`, publishedTitle: publishedActivity.title },
    laterActivity,
  };
});
afterAll(async () => (await database()).close());

const day = (offset: number) => new Date(Date.UTC(2027, 2, 1 + offset));
const none: { goalId: string | null; promiseId: string | null; activityId: string | null } = { goalId: null, promiseId: null, activityId: null };
function meeting(items: TCreateMeeting["items"] = []): TCreateMeeting {
  return { forumId: tryggare.id, startsAt: day(0), location: "Stadshuset", agenda: "1. Lägesbild", items, confirmNoPersonalData: false };
}
const item = (title: string, about: Partial<typeof none>) => ({ title, responsibleUserId: member.id, responsibleOrganisationId: null, dueOn: day(7), ...none, ...about });

async function concernTitles(actor: Actor) {
  const forum = await findForumForActor(actor, tryggare.id);
  return (await responsibleOptions(actor, forum!)).concerns.map((c) => c.title);
}

describe("what a forum member may see an item concern", () => {
  it("offers a forum member only adopted goals and promises and activities as published; an official everything", async () => {
    const forMember = await concernTitles(member);
    expect(forMember).toContain(world.adoptedGoal.title);
    expect(forMember).toContain(world.published.publishedTitle);
    expect(forMember).toContain(world.publishedActivity.publishedTitle);
    for (const hidden of [world.draftGoal.title, world.draftPromise.title, world.draftActivity.title, world.laterActivity.title, world.published.title, world.publishedActivity.title]) {
      expect(forMember).not.toContain(hidden);
    }

    const forOfficial = await concernTitles(official);
    for (const all of [world.adoptedGoal.title, world.draftGoal.title, world.draftPromise.title, world.draftActivity.title, world.published.title, world.publishedActivity.title, world.laterActivity.title]) {
      expect(forOfficial).toContain(all);
    }
  });

  it("refuses a forum member's item about a draft, with a Swedish message on the field", async () => {
    for (const about of [{ promiseId: world.draftPromise.id }, { goalId: world.draftGoal.id }, { activityId: world.draftActivity.id }, { activityId: world.laterActivity.id }]) {
      const error = await createMeeting(member, meeting([item("Följ upp utkastet", about)])).catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ field: "items.0.concerns", messageKey: "meetings.errors.concernsHidden" });
    }
    expect(translate("sv", "meetings.errors.concernsHidden")).toMatch(/publicerat medborgarlöfte/);

    // Recording minutes with a new item is refused the same way.
    const created = await createMeeting(member, meeting());
    const minutes: TRecordMeeting = { id: created.id, version: 1, startsAt: day(0), location: "", agenda: "", minutes: "", status: "PLANNED", presentUserIds: [], guests: [], decisions: [], items: [item("Utkast", { promiseId: world.draftPromise.id })], confirmNoPersonalData: false };
    await expect(recordMeeting(member, minutes)).rejects.toMatchObject({ field: "items.0.concerns", messageKey: "meetings.errors.concernsHidden" });

    // What is public may be linked by a member; drafts by officials.
    await createMeeting(member, meeting([item("Följ upp löftet", { promiseId: world.published.id }), item("Följ upp aktiviteten", { activityId: world.publishedActivity.id })]));
    await createMeeting(official, meeting([item("Följ upp utkastet", { promiseId: world.draftPromise.id })]));
  });

  it("shows a forum member an existing item's draft concern without its title", async () => {
    const created = await createMeeting(official, meeting([
      item("Om utkastlöftet", { promiseId: world.draftPromise.id }),
      item("Om utkastmålet", { goalId: world.draftGoal.id }),
      item("Om det publicerade löftet", { promiseId: world.published.id }),
      item("Om den nya aktiviteten", { activityId: world.laterActivity.id }),
    ]));
    const concerns = async (actor: Actor) => {
      const found = await findMeetingForActor(actor, tryggare.id, created.id);
      return Object.fromEntries(found!.meeting.actionItems.map((i) => [i.title, i.concern]));
    };
    expect(await concerns(member)).toEqual({
      "Om utkastlöftet": { kind: "promise", title: null },
      "Om utkastmålet": { kind: "goal", title: null },
      "Om det publicerade löftet": { kind: "promise", title: world.published.publishedTitle },
      "Om den nya aktiviteten": { kind: "activity", title: null },
    });
    expect(await concerns(official)).toEqual({
      "Om utkastlöftet": { kind: "promise", title: world.draftPromise.title },
      "Om utkastmålet": { kind: "goal", title: world.draftGoal.title },
      "Om det publicerade löftet": { kind: "promise", title: world.published.title },
      "Om den nya aktiviteten": { kind: "activity", title: world.laterActivity.title },
    });
    const forumItems = await listForumItems(member, tryggare.id);
    expect(JSON.stringify(forumItems)).not.toContain(world.draftPromise.title);

    // The forum's history names what the items concern only as far as the member may see it.
    const history = await forumHistoryForActor(member, tryggare.id, "sv");
    expect(JSON.stringify(history)).not.toContain(world.draftPromise.title);
    expect(JSON.stringify(history)).not.toContain(world.draftGoal.title);
    expect(JSON.stringify(history)).toContain(world.published.publishedTitle);
  });
});

async function lastAudit(action: string, entityId: string) {
  const prisma = await db();
  const entry = await prisma.auditLog.findFirstOrThrow({ where: { action, entityId }, orderBy: { id: "desc" } });
  return entry.changes as Record<string, { from: unknown; to: unknown }>;
}

describe("the audit trail of meetings and activities", () => {
  it("records decisions, attendance and guests with their old and new values", async () => {
    const created = await createMeeting(member, meeting());
    const base: TRecordMeeting = {
      id: created.id,
      version: 1,
      startsAt: day(0),
      location: "Stadshuset",
      agenda: "1. Lägesbild",
      minutes: "Anteckningar",
      status: "PLANNED",
      presentUserIds: [member.id],
      guests: [{ organisationName: "Enköpings Hyresbostäder", count: 2 }],
      decisions: [{ text: "Lägesbilden delas med skolorna." }],
      items: [],
      confirmNoPersonalData: false,
    };
    await recordMeeting(member, base);
    await recordMeeting(member, {
      ...base,
      version: 2,
      presentUserIds: [member.id, official.id],
      guests: [{ organisationName: "Enköpings Hyresbostäder", count: 3 }],
      decisions: [{ text: "Lägesbilden delas med skolorna." }, { text: "Vuxenvandring inför lovet." }],
    });
    const changes = await lastAudit("meeting.update", created.id);
    expect(changes.attendance).toEqual({ from: [member.name], to: [official.name, member.name].sort((a, b) => a.localeCompare(b, "sv")) });
    expect(changes.guests).toEqual({ from: ["Enköpings Hyresbostäder (2)"], to: ["Enköpings Hyresbostäder (3)"] });
    expect(changes.decisions).toEqual({ from: ["Lägesbilden delas med skolorna."], to: ["Lägesbilden delas med skolorna.", "Vuxenvandring inför lovet."] });
    expect(changes.minutes).toBeUndefined();

    // The meeting's history shows it to members, and to no one else.
    const history = await meetingHistoryForActor(member, tryggare.id, created.id, "sv");
    expect(history!.entries.find((e) => e.action === "meeting.update")!.changes).toEqual(changes);
    expect(await meetingHistoryForActor(neighbour.official, tryggare.id, created.id, "sv")).toBeNull();
    expect(await meetingHistoryForActor(member, triangeln.id, created.id, "sv")).toBeNull();
    const forumHistory = await forumHistoryForActor(member, tryggare.id, "sv");
    expect(forumHistory!.entries.some((e) => e.entityId === created.id && e.changes?.decisions)).toBe(true);
    expect(await forumHistoryForActor(member, triangeln.id, "sv")).toBeNull();
    expect(await forumHistoryForActor(neighbour.official, tryggare.id, "sv")).toBeNull();
  });

  it("records an activity's responsible organisations and a follow-up's figures with their old and new values", async () => {
    const prisma = await db();
    const [first, second] = await prisma.organisation.findMany({ where: { municipalityId: places.enkoping.id }, orderBy: { name: "asc" }, take: 2 });
    const input: TCreateActivity = {
      promiseId: world.draftPromise.id,
      title: "Trygghetsvandringar",
      scope: "4 vandringar",
      timing: "Kvällstid",
      responsible: "Samordnaren",
      followUp: "Antal vandringar",
      evaluation: "",
      status: "PLANNED",
      goalId: null,
      targetValue: 4,
      targetUnit: "vandringar",
      responsibleOrgIds: [first!.id],
      confirmNoPersonalData: false,
    };
    const activity = await createActivity(official, input);
    const { promiseId: _promiseId, ...rest } = input;
    await updateActivity(official, { ...rest, id: activity.id, version: 1, responsibleOrgIds: [second!.id] });
    expect((await lastAudit("activity.update", activity.id)).responsibleOrgs).toEqual({ from: [first!.name], to: [second!.name] });

    const followUp = { periodType: "MONTH" as const, periodStart: new Date("2027-03-01"), done: "Två vandringar", comment: "", status: "ONGOING" as const, achieved: 2, confirmNoPersonalData: false };
    await recordFollowUp(police, { ...followUp, activityId: activity.id, figures: [{ label: "Deltagare", value: 10 }] });
    const saved = await prisma.activityFollowUp.findFirstOrThrow({ where: { activityId: activity.id } });
    await updateFollowUp(police, { ...followUp, id: saved.id, version: 1, figures: [{ label: "Deltagare", value: 12 }, { label: "Samtal", value: 5 }] });
    expect((await lastAudit("followUp.update", saved.id)).figures).toEqual({ from: ["Deltagare: 10"], to: ["Deltagare: 12", "Samtal: 5"] });
  });
});

describe("a dialogue's history", () => {
  it("is there for those who manage the municipality's dialogues, and for no one else", async () => {
    const base = { title: `Dialog på torget ${tag}`, startsAt: new Date("2027-04-01T15:00:00Z"), place: "Stora torget", format: "Öppet möte", participantCount: 12, themes: "Belysning", announced: false, confirmNoPersonalData: false };
    const dialogue = await createDialogue(official, { ...base, municipalityId: places.enkoping.id });
    await updateDialogue(police, { ...base, id: dialogue.id, version: 1, participantCount: 21 });
    const history = await dialogueHistoryForActor(official, dialogue.id, "sv");
    expect(history!.entries.find((e) => e.action === "dialogue.update")?.changes).toEqual({ participantCount: { from: 12, to: 21 } });
    expect(history!.entries.map((e) => e.action)).toEqual(["dialogue.update", "dialogue.create"]);
    expect(await dialogueHistoryForActor(member, dialogue.id, "sv")).toBeNull();
    expect(await dialogueHistoryForActor(neighbour.official, dialogue.id, "sv")).toBeNull();
  });
});
