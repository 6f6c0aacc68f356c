import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { NotAuthorizedError } from "@/lib/auth/permissions";
import { database, db } from "@/lib/db";
import { addMember, createForum, createWorkingGroup, removeMember, updateForum } from "@/lib/forums/mutations";
import { findForumForActor, findMeetingForActor, forumItemsPage, listMyForums } from "@/lib/forums/queries";
import { createMeeting, escalateItem, recordMeeting, recordSituationalPicture, updateItemStatus } from "@/lib/meetings/mutations";
import type { TCreateMeeting } from "@/lib/meetings/schemas";
import { PAGE_SIZE } from "@/lib/pagination/page";
import { findActor } from "@/lib/users/actor-query";
import { demoActor, otherMunicipality } from "./helpers/world";

let official: Actor, police: Actor, member: Actor, admin: Actor;
let forums: Record<string, { id: string }>;

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  member = await demoActor("forum@enkoping.demo");
  admin = await demoActor("admin@samverkan.demo");
  const prisma = await db();
  const all = await prisma.forum.findMany({ select: { id: true, name: true } });
  const byName = (name: string) => all.find((f) => f.name === name)!;
  forums = { tryggare: byName("Tryggare Enköping"), triangeln: byName("Trygghetstriangeln"), styrgrupp: byName("Styrgrupp för samverkansavtalet") };
});
afterAll(async () => (await database()).close());

const day = (offset: number) => new Date(Date.UTC(2027, 0, 10 + offset));
function meeting(forumId: string, startsAt: Date, items: TCreateMeeting["items"] = []): TCreateMeeting {
  return { forumId, startsAt, location: "Stadshuset", agenda: "1. Lägesbild\n2. Övrigt", items, confirmNoPersonalData: false };
}
const item = (title: string, who: { user?: string; org?: string }, due: Date, about: { promiseId?: string } = {}) => ({
  title,
  responsibleUserId: who.user ?? null,
  responsibleOrganisationId: who.org ?? null,
  dueOn: due,
  goalId: null,
  promiseId: about.promiseId ?? null,
  activityId: null,
});

describe("who sees a forum", () => {
  it("members see their forums; others get nothing, not even the name", async () => {
    expect((await listMyForums(member)).map((f) => f.name)).toEqual(["Tryggare Enköping"]);
    expect(await findForumForActor(member, forums.triangeln!.id)).toBeNull();
    expect(await findForumForActor(police, forums.triangeln!.id)).not.toBeNull();
    expect(await findForumForActor(admin, forums.triangeln!.id)).not.toBeNull();
    await expect(createMeeting(member, meeting(forums.triangeln!.id, day(0)))).rejects.toBeInstanceOf(NotAuthorizedError);
  });
});

describe("meetings and follow-ups", () => {
  it("saves a meeting with its items together, or nothing when an item is wrong", async () => {
    const prisma = await db();
    const before = await prisma.meeting.count();
    const stranger = await findActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@samverkan.demo" } })).id);
    const error = await createMeeting(member, meeting(forums.tryggare!.id, day(0), [item("Boka lokal", { user: member.id }, day(3)), item("Fel ansvarig", { user: stranger!.id }, day(3))])).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field: "items.1.responsibleUserId", messageKey: "meetings.errors.notMember" });
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("carries open items to the next meeting; only the responsible or the chair changes them", async () => {
    const first = await createMeeting(member, meeting(forums.tryggare!.id, day(0), [
      item("Sammanställ anmälningar vid stationen", { user: police.id }, day(5)),
      item("Ordna vuxenvandring inför lovet", { user: member.id }, day(6)),
    ]));
    const prisma = await db();
    const [forPolice, forMember] = await prisma.actionItem.findMany({ where: { meetingId: first.id }, orderBy: { dueOn: "asc" } });

    await expect(updateItemStatus(member, { id: forPolice!.id, version: 1, status: "DONE" })).rejects.toBeInstanceOf(NotAuthorizedError);
    await updateItemStatus(police, { id: forPolice!.id, version: 1, status: "DONE" });
    await expect(updateItemStatus(police, { id: forPolice!.id, version: 1, status: "OPEN" })).rejects.toBeInstanceOf(ConflictError);

    const second = await createMeeting(official, meeting(forums.tryggare!.id, day(7)));
    const found = await findMeetingForActor(member, forums.tryggare!.id, second.id);
    const carried = found!.followUps.map((i) => i.title);
    expect(carried).toContain("Ordna vuxenvandring inför lovet");
    expect(carried).not.toContain("Sammanställ anmälningar vid stationen");
    // The chair may update anyone's item.
    await updateItemStatus(official, { id: forMember!.id, version: 1, status: "IN_PROGRESS" });
  });

  it("refuses the second of two people saving the same minutes", async () => {
    const created = await createMeeting(member, meeting(forums.tryggare!.id, day(10)));
    const minutes = (who: string) => ({
      id: created.id,
      version: 1,
      startsAt: day(10),
      location: "",
      agenda: "",
      minutes: `Anteckningar av ${who}`,
      status: "PLANNED" as const,
      presentUserIds: [member.id, official.id],
      guests: [{ organisationName: "Enköpings Hyresbostäder", count: 2 }],
      decisions: [{ text: "Lägesbilden delas med skolorna." }],
      items: [],
      confirmNoPersonalData: false,
    });
    await recordMeeting(member, minutes("Sara"));
    await expect(recordMeeting(official, minutes("Karin"))).rejects.toBeInstanceOf(ConflictError);
    const saved = await findMeetingForActor(member, forums.tryggare!.id, created.id);
    expect(saved!.meeting.minutes).toBe("Anteckningar av Sara");
    expect(saved!.meeting.guests.map((g) => [g.organisationName, g.count])).toEqual([["Enköpings Hyresbostäder", 2]]);
  });
});

describe("what an item concerns", () => {
  it("links an item to a promise of the forum's municipality, never another's", async () => {
    const prisma = await db();
    // A forum member may link only what is public: a published promise.
    const promise = await prisma.citizenPromise.findFirstOrThrow({ where: { municipality: { slug: "enkoping" }, status: { in: ["PUBLISHED", "COMPLETED"] }, publications: { some: {} } }, orderBy: { createdAt: "asc" } });
    const created = await createMeeting(member, meeting(forums.tryggare!.id, day(14), [item("Följ upp löftet", { user: member.id }, day(20), { promiseId: promise.id })]));
    const saved = await prisma.actionItem.findFirstOrThrow({ where: { meetingId: created.id }, include: { promise: true } });
    expect(saved.promise?.title).toBe(promise.title);

    const neighbour = await otherMunicipality();
    const elsewhere = await prisma.citizenPromise.create({
      data: { municipalityId: neighbour.municipality.id, policeAreaId: neighbour.area.id, slug: "grannens-lofte", title: "Grannens löfte", periodStart: day(0), periodEnd: day(300), focus: "PLACE", place: "Torget" },
    });
    const error = await createMeeting(member, meeting(forums.tryggare!.id, day(14), [item("Fel kommun", { user: member.id }, day(20), { promiseId: elsewhere.id })])).catch((e) => e);
    expect(error).toMatchObject({ field: "items.0.concerns", messageKey: "meetings.errors.concernsElsewhere" });
  });
});

describe("escalation", () => {
  it("raises an operative item to the tactical forum, once, keeping the link", async () => {
    const created = await createMeeting(police, meeting(forums.triangeln!.id, day(12), [item("Oro kring skolavslutningen", { user: police.id }, day(20))]));
    const prisma = await db();
    const original = await prisma.actionItem.findFirstOrThrow({ where: { meetingId: created.id } });
    await escalateItem(police, { id: original.id, version: 1 });
    const raised = await prisma.actionItem.findUniqueOrThrow({ where: { escalatedFromId: original.id } });
    expect(raised.forumId).toBe(forums.tryggare!.id);
    await expect(escalateItem(police, { id: original.id, version: 1 })).rejects.toMatchObject({ messageKey: "meetings.errors.alreadyEscalated" });

    const top = await createMeeting(official, meeting(forums.styrgrupp!.id, day(12), [item("Tertialrapport", { user: official.id }, day(30))]));
    const topItem = await prisma.actionItem.findFirstOrThrow({ where: { meetingId: top.id } });
    await expect(escalateItem(official, { id: topItem.id, version: 1 })).rejects.toMatchObject({ messageKey: "meetings.errors.cannotEscalate" });
  });
});

describe("a forum's closed items", () => {
  it("shows the last page of closed items, not an empty one, for a page past the end", async () => {
    const prisma = await db();
    const enkoping = await prisma.municipality.findUniqueOrThrow({ where: { slug: "enkoping" } });
    const forum = await prisma.forum.create({ data: { municipalityId: enkoping.id, level: "OPERATIVE", name: "Forum med många avslutade åtgärder" } });
    // Most recently due first: "Klar 01" (due first) is the only closed item on page two.
    await prisma.actionItem.createMany({
      data: [
        { forumId: forum.id, title: "Öppen", dueOn: day(0) },
        ...Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({ forumId: forum.id, title: `Klar ${String(i + 1).padStart(2, "0")}`, dueOn: day(i), status: "DONE" as const })),
      ],
    });
    const pastTheEnd = await forumItemsPage(admin, forum.id, 99);
    expect(pastTheEnd.closed).toMatchObject({ page: 2, pageCount: 2, total: PAGE_SIZE + 1 });
    expect(pastTheEnd.items.map((i) => i.title)).toEqual(["Öppen", "Klar 01"]);
  });
});

describe("situational picture, membership and working groups", () => {
  it("keeps one situational picture per week", async () => {
    const input = { forumId: forums.tryggare!.id, weekOf: new Date("2027-02-03"), summary: "Lugnt.", callsFor: "", entries: [{ theme: "Skadegörelse", place: "Centrum", summary: "Fler anmälningar" }], confirmNoPersonalData: false };
    const picture = await recordSituationalPicture(member, input);
    expect(picture.weekOf.toISOString().slice(0, 10)).toBe("2027-02-01");
    await expect(recordSituationalPicture(police, { ...input, weekOf: new Date("2027-02-05") })).rejects.toMatchObject({ field: "weekOf" });
  });

  it("lets the chair add members, and members that are officials set up working groups", async () => {
    await expect(addMember(member, { forumId: forums.tryggare!.id, email: "admin@samverkan.demo", role: "MEMBER", represents: "" })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(addMember(official, { forumId: forums.tryggare!.id, email: "finns-inte@enkoping.demo", role: "MEMBER", represents: "" })).rejects.toMatchObject({ field: "email" });
    await addMember(official, { forumId: forums.tryggare!.id, email: "admin@samverkan.demo", role: "ADJUNCT", represents: "Portaladministratör" });
    await expect(addMember(official, { forumId: forums.tryggare!.id, email: "admin@samverkan.demo", role: "MEMBER", represents: "" })).rejects.toMatchObject({ messageKey: "forums.errors.alreadyMember" });

    const group = await createWorkingGroup(police, { parentId: forums.tryggare!.id, name: "Arbetsgrupp Västerleden", purpose: "Kortsiktiga åtgärder", startsOn: new Date("2027-01-01"), endsOn: new Date("2027-06-30"), actionPlan: "1. Inventera belysning" });
    expect(group.kind).toBe("WORKING_GROUP");
    await expect(createWorkingGroup(member, { parentId: forums.tryggare!.id, name: "X", purpose: "", startsOn: new Date("2027-01-01"), endsOn: new Date("2027-02-01"), actionPlan: "" })).rejects.toBeInstanceOf(NotAuthorizedError);
    expect(await findForumForActor(member, group.id)).toBeNull();
    await expect(createMeeting(member, meeting("00000000-0000-4000-8000-000000000000", day(0)))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("creating and changing forums", () => {
  it("lets administrators create forums anywhere and chairs create forums under theirs, never under themselves", async () => {
    const prisma = await db();
    const enkoping = await prisma.municipality.findUniqueOrThrow({ where: { slug: "enkoping" } });
    const base = { municipalityId: enkoping.id, purpose: "", cadence: "Varannan vecka", reportsToText: null };
    await expect(createForum(member, { ...base, name: "Egen grupp", level: "OPERATIVE", parentId: null })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(createForum(police, { ...base, name: "Under rådet", level: "OPERATIVE", parentId: forums.tryggare!.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    const child = await createForum(official, { ...base, name: "Samordning kring lovaktiviteter", level: "OPERATIVE", parentId: forums.tryggare!.id });
    const top = await createForum(admin, { ...base, name: "Strategiskt råd", level: "STRATEGIC", parentId: null });

    const tryggare = await prisma.forum.findUniqueOrThrow({ where: { id: forums.tryggare!.id } });
    const cycle = await updateForum(official, { id: tryggare.id, version: tryggare.version, name: tryggare.name, level: "TACTICAL", purpose: "", cadence: "", parentId: child.id, reportsToText: null }).catch((e) => e);
    expect(cycle).toMatchObject({ field: "parentId", messageKey: "forums.errors.cycle" });

    await updateForum(official, { id: child.id, version: 1, name: "Lovsamordning", level: "OPERATIVE", purpose: "", cadence: "Inför loven", parentId: forums.tryggare!.id, reportsToText: null });
    await expect(updateForum(official, { id: child.id, version: 1, name: "Gammal version", level: "OPERATIVE", purpose: "", cadence: "", parentId: null, reportsToText: null })).rejects.toBeInstanceOf(ConflictError);
    await expect(updateForum(member, { id: top.id, version: 1, name: "X", level: "STRATEGIC", purpose: "", cadence: "", parentId: null, reportsToText: null })).rejects.toBeInstanceOf(NotAuthorizedError);
  });
});

describe("removing members", () => {
  it("lets the chair remove members but never the chair, and others remove no one", async () => {
    const prisma = await db();
    await addMember(official, { forumId: forums.tryggare!.id, email: "polis@enkoping.demo", role: "MEMBER", represents: "" }).catch(() => undefined);
    const police = await prisma.forumMembership.findFirstOrThrow({ where: { forumId: forums.tryggare!.id, user: { email: "polis@enkoping.demo" } } });
    const chair = await prisma.forumMembership.findFirstOrThrow({ where: { forumId: forums.tryggare!.id, user: { email: "kommun@enkoping.demo" } } });
    await expect(removeMember(member, { membershipId: police.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(removeMember(official, { membershipId: chair.id })).rejects.toMatchObject({ messageKey: "forums.errors.chairStays" });
    await removeMember(official, { membershipId: police.id });
    expect(await prisma.forumMembership.count({ where: { id: police.id } })).toBe(0);
  });
});
