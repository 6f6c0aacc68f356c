import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { authorize, NotAuthorizedError } from "@/lib/auth/permissions";
import { database, db } from "@/lib/db";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { addMember, changeChair, createForum, fillSeat, removeMember, removeSeat, updateForum } from "@/lib/forums/mutations";
import { findForumForActor, forumResource, listMyForums } from "@/lib/forums/queries";
import { ZCreateForum, ZUpdateForum } from "@/lib/meetings/schemas";
import { myOpenItems } from "@/lib/dashboard/queries";
import { findActor } from "@/lib/users/actor-query";
import { deactivateUser } from "@/lib/users/mutations";
import { overlappingQueries } from "./helpers/count-queries";
import { createScratchDatabase } from "./helpers/databases";
import { demoActor, otherMunicipality } from "./helpers/world";

/**
 * Forums hold functions, not only people: a membership fills a seat (role and whom it
 * represents) that stays, vacant, when its member leaves; the chair moves between members;
 * a forum serves one of its municipality's agreements; and a political council or committee
 * is a level of its own.
 */

// The demo's chair and administrator; the other members are people of Enköping made here, so
// that the demo users' own forums (which other test files count) stay as they are.
let official: Actor, admin: Actor, police: Actor, member: Actor;
let tryggareId: string, enkopingId: string;

/** A user of Enköping (or its police area) who is in no forum yet. */
async function person(name: string, role: "POLICE_STAFF" | "FORUM_MEMBER", organisation: string) {
  const prisma = await db();
  const org = await prisma.organisation.findFirstOrThrow({ where: { name: organisation, OR: [{ municipality: { slug: "enkoping" } }, { policeArea: { slug: "enkoping-habo" } }] } });
  const tag = randomUUID().slice(0, 8);
  const user = await prisma.user.create({ data: { email: `${tag}@enkoping.test`, name: `${name} ${tag}`, role, organisationId: org.id, passwordHash: "x" } });
  return (await findActor(user.id))!;
}

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  admin = await demoActor("admin@samverkan.demo");
  police = await person("Pia Polis", "POLICE_STAFF", "Lokalpolisområde Enköping/Håbo");
  member = await person("Sam Sekreterare", "FORUM_MEMBER", "Upplevelseförvaltningen");
  const prisma = await db();
  tryggareId = (await prisma.forum.findFirstOrThrow({ where: { name: "Tryggare Enköping" } })).id;
  enkopingId = (await prisma.municipality.findUniqueOrThrow({ where: { slug: "enkoping" } })).id;
});
afterAll(async () => (await database()).close());

/** A forum of its own for each test, chaired by the official, who creates it under the forum they chair. */
async function newForum(name: string) {
  const forum = await createForum(official, { municipalityId: enkopingId, name: `${name} ${randomUUID().slice(0, 6)}`, level: "OPERATIVE", purpose: "", cadence: "", parentId: tryggareId, reportsToText: null });
  return forum.id;
}
/** The actor as a new request would load them: with the memberships and chairs they have now. */
const fresh = (actor: Actor) => findActor(actor.id) as Promise<Actor>;
const seatsOf = async (actor: Actor, forumId: string) => (await findForumForActor(await fresh(actor), forumId))!.seats.map((s) => [s.role, s.represents, s.membership?.user.name ?? null]);

describe("a forum's functions", () => {
  it("keeps a function, vacant, when its member leaves, and shows it so", async () => {
    const forumId = await newForum("Funktioner");
    await addMember(official, { forumId, email: police.email, role: "MEMBER", represents: "Kommunpolis" });
    await addMember(official, { forumId, email: member.email, role: "SECRETARY", represents: "Fritidsgårdarna" });
    expect(await seatsOf(official, forumId)).toEqual([
      ["CHAIR", "Brotts- och drogsamordnare", "Karin Lind"],
      ["SECRETARY", "Fritidsgårdarna", member.name],
      ["MEMBER", "Kommunpolis", police.name],
    ]);

    const prisma = await db();
    const membership = await prisma.forumMembership.findFirstOrThrow({ where: { forumId, userId: police.id } });
    await removeMember(official, { membershipId: membership.id });

    const forum = (await findForumForActor(await fresh(official), forumId))!;
    const vacant = forum.seats.find((s) => s.represents === "Kommunpolis")!;
    expect(vacant.role).toBe("MEMBER");
    expect(vacant.membership).toBeNull();
    // The seat remembers the organisation it belongs to, for whoever fills it.
    expect(vacant.organisation?.name).toBe("Lokalpolisområde Enköping/Håbo");
    // The person is gone: no longer a member, no longer sees the forum.
    expect(forum.memberships.map((m) => m.user.name)).not.toContain(police.name);
    expect(await findForumForActor(await fresh(police), forumId)).toBeNull();
  });

  it("hands a leaving member's open items to their organisation, on its members' lists, and says so in the history", async () => {
    const forumId = await newForum("Överlämning");
    await addMember(official, { forumId, email: member.email, role: "MEMBER", represents: "Fritidsgårdarna" });
    const prisma = await db();
    const item = (title: string, status: "OPEN" | "DONE") =>
      prisma.actionItem.create({ data: { forumId, title, status, responsibleUserId: member.id, dueOn: new Date("2026-12-15") } });
    const [open, done] = [await item("Kartlägg kvällsöppet", "OPEN"), await item("Redan klar", "DONE")];
    // A colleague of the same department, also in the forum, sees the item once it is the department's.
    const colleague = await person("Kim Kollega", "FORUM_MEMBER", "Upplevelseförvaltningen");
    await addMember(official, { forumId, email: colleague.email, role: "MEMBER", represents: "Fältgruppen" });

    await removeMember(official, { membershipId: (await prisma.forumMembership.findFirstOrThrow({ where: { forumId, userId: member.id } })).id });
    expect(await prisma.actionItem.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ responsibleUserId: null, responsibleOrganisationId: member.organisation.id, version: 2 });
    expect(await prisma.actionItem.findUniqueOrThrow({ where: { id: done.id } })).toMatchObject({ responsibleUserId: member.id, responsibleOrganisationId: null, version: 1 });
    expect((await myOpenItems(await fresh(colleague))).rows.map((r) => r.id)).toContain(open.id);
    const removal = await prisma.auditLog.findFirstOrThrow({ where: { entityId: forumId, action: "forum.removeMember" } });
    expect(removal.changes).toMatchObject({ openItems: { from: 1, to: 0 } });
  });

  it("leaves a deactivated user's function vacant, with their open items handed on", async () => {
    const forumId = await newForum("Avslutad");
    const leaving = await person("Lo Lämnar", "FORUM_MEMBER", "Upplevelseförvaltningen");
    await addMember(official, { forumId, email: leaving.email, role: "MEMBER", represents: "Fältgruppen" });
    const prisma = await db();
    const open = await prisma.actionItem.create({ data: { forumId, title: "Ring föreningarna", responsibleUserId: leaving.id, dueOn: new Date("2026-12-15") } });

    const { version } = await prisma.user.findUniqueOrThrow({ where: { id: leaving.id } });
    await deactivateUser(admin, { id: leaving.id, version });
    expect(await seatsOf(official, forumId)).toContainEqual(["MEMBER", "Fältgruppen", null]);
    expect(await prisma.forumMembership.count({ where: { userId: leaving.id } })).toBe(0);
    expect(await prisma.actionItem.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ responsibleUserId: null, responsibleOrganisationId: leaving.organisation.id });
  });

  it("fills a vacant function with another user, who becomes a member, once", async () => {
    const forumId = await newForum("Tillsättning");
    await addMember(official, { forumId, email: police.email, role: "MEMBER", represents: "Kommunpolis" });
    const prisma = await db();
    const leaving = await prisma.forumMembership.findFirstOrThrow({ where: { forumId, userId: police.id } });
    await removeMember(official, { membershipId: leaving.id });
    const seat = await prisma.forumSeat.findFirstOrThrow({ where: { forumId, represents: "Kommunpolis" } });

    // Only the chair (or an administrator) fills it, and only with someone of the forum's municipality or police area.
    await expect(fillSeat(member, { seatId: seat.id, email: member.email })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(fillSeat(official, { seatId: seat.id, email: "finns-inte@enkoping.demo" })).rejects.toMatchObject({ field: "email" });
    await expect(fillSeat(official, { seatId: seat.id, email: "kommun@enkoping.demo" })).rejects.toMatchObject({ field: "email", messageKey: "forums.errors.alreadyMember" });

    await fillSeat(official, { seatId: seat.id, email: member.email });
    expect(await seatsOf(official, forumId)).toContainEqual(["MEMBER", "Kommunpolis", member.name]);
    expect(await findForumForActor(await fresh(member), forumId)).not.toBeNull();
    await expect(fillSeat(admin, { seatId: seat.id, email: "admin@samverkan.demo" })).rejects.toMatchObject({ field: "seatId", messageKey: "forums.errors.seatFilled" });
    // A filled function, or the chair's, cannot be removed as a function.
    await expect(removeSeat(official, { seatId: seat.id })).rejects.toMatchObject({ messageKey: "forums.errors.seatNotVacant" });
  });

  it("removes a vacant function the forum no longer has", async () => {
    const forumId = await newForum("Borttagen funktion");
    await addMember(official, { forumId, email: police.email, role: "ADJUNCT", represents: "Kommunpolis" });
    const prisma = await db();
    await removeMember(official, { membershipId: (await prisma.forumMembership.findFirstOrThrow({ where: { forumId, userId: police.id } })).id });
    const seat = await prisma.forumSeat.findFirstOrThrow({ where: { forumId, represents: "Kommunpolis" } });
    await expect(removeSeat(member, { seatId: seat.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    await removeSeat(official, { seatId: seat.id });
    expect(await seatsOf(official, forumId)).toEqual([["CHAIR", "Brotts- och drogsamordnare", "Karin Lind"]]);
  });
});

describe("changing the chair", () => {
  it("lets the chair hand the chair to a member, after which the new chair manages the forum and the old does not", async () => {
    const forumId = await newForum("Ordförandeskap");
    await addMember(official, { forumId, email: police.email, role: "MEMBER", represents: "Kommunpolis" });
    await addMember(official, { forumId, email: member.email, role: "SECRETARY", represents: "Fritidsgårdarna" });

    // Nobody else may, not even a member; and the new chair must be a member.
    await expect(changeChair(police, { forumId, userId: police.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(changeChair(await fresh(member), { forumId, userId: member.id })).rejects.toBeInstanceOf(NotAuthorizedError);
    await expect(changeChair(official, { forumId, userId: admin.id })).rejects.toMatchObject({ field: "userId", messageKey: "forums.errors.chairNotMember" });

    await changeChair(official, { forumId, userId: police.id });
    const prisma = await db();
    const forum = await prisma.forum.findUniqueOrThrow({ where: { id: forumId } });
    expect(forum.chairId).toBe(police.id);
    // The two exchange roles; each keeps what they represent; no function disappears.
    expect(await seatsOf(official, forumId)).toEqual([
      ["CHAIR", "Kommunpolis", police.name],
      ["SECRETARY", "Fritidsgårdarna", member.name],
      ["MEMBER", "Brotts- och drogsamordnare", "Karin Lind"],
    ]);

    const [newChair, oldChair] = [await fresh(police), await fresh(official)];
    expect(authorize(newChair, "forum.manage", forumResource(forum))).toBe(true);
    expect(authorize(oldChair, "forum.manage", forumResource(forum))).toBe(false);
    expect(newChair.chairedForumIds).toContain(forumId);
    expect(oldChair.chairedForumIds).not.toContain(forumId);
    await expect(addMember(oldChair, { forumId, email: "admin@samverkan.demo", role: "MEMBER", represents: "" })).rejects.toBeInstanceOf(NotAuthorizedError);
    await addMember(newChair, { forumId, email: "admin@samverkan.demo", role: "ADJUNCT", represents: "Portaladministratör" });
    // The former chair can now leave; the new one cannot.
    const memberships = await prisma.forumMembership.findMany({ where: { forumId } });
    await expect(removeMember(newChair, { membershipId: memberships.find((m) => m.userId === police.id)!.id })).rejects.toMatchObject({ messageKey: "forums.errors.chairStays" });
    await removeMember(newChair, { membershipId: memberships.find((m) => m.userId === official.id)!.id });

    const history = await prisma.auditLog.findFirstOrThrow({ where: { entityId: forumId, action: "forum.changeChair" } });
    expect(history.changes).toEqual({ chairId: { from: official.id, to: police.id } });
  });

  it("lets an administrator change the chair of any forum", async () => {
    const forumId = await newForum("Administratören");
    await addMember(official, { forumId, email: police.email, role: "MEMBER", represents: "Kommunpolis" });
    // The seats are read one after the other on the transaction's one connection (pg 9 refuses overlapping queries).
    expect(await overlappingQueries(() => changeChair(admin, { forumId, userId: police.id }))).toBe(0);
    const prisma = await db();
    expect((await prisma.forum.findUniqueOrThrow({ where: { id: forumId } })).chairId).toBe(police.id);
    expect(await seatsOf(admin, forumId)).toEqual([
      ["CHAIR", "Kommunpolis", police.name],
      ["MEMBER", "Brotts- och drogsamordnare", "Karin Lind"],
    ]);
  });
});

describe("the agreement a forum serves", () => {
  it("links a forum to an agreement of its municipality, never another's (refused at the field)", async () => {
    const prisma = await db();
    const forumId = await newForum("Avtal");
    const base = await prisma.forum.findUniqueOrThrow({ where: { id: forumId } });
    // A forum created under another serves the agreement that one serves.
    const tryggare = await prisma.forum.findUniqueOrThrow({ where: { id: tryggareId } });
    expect(base.agreementId).toBe(tryggare.agreementId);

    const neighbour = await otherMunicipality();
    const elsewhere = await prisma.agreement.create({
      data: { municipalityId: neighbour.municipality.id, policeAreaId: neighbour.area.id, title: "Grannens avtal", periodStart: new Date("2026-01-01"), periodEnd: new Date("2027-12-31"), caseNumber: `KS-${randomUUID().slice(0, 6)}` },
    });
    const input = { id: forumId, version: base.version, name: base.name, level: base.level, purpose: "", cadence: "", parentId: tryggareId, reportsToText: null };
    // The form's schema takes the field; the municipality is checked with the forum at hand.
    expect(ZUpdateForum.parse({ ...input, version: String(base.version), agreementId: elsewhere.id, reportsToText: "" }).agreementId).toBe(elsewhere.id);
    const error = await updateForum(official, { ...input, agreementId: elsewhere.id }).catch((e) => e);
    expect(error).toMatchObject({ field: "agreementId", messageKey: "forums.errors.agreementElsewhere" });
    await expect(createForum(admin, { municipalityId: enkopingId, name: "Fel avtal", level: "STRATEGIC", purpose: "", cadence: "", parentId: null, reportsToText: null, agreementId: elsewhere.id })).rejects.toMatchObject({ field: "agreementId" });

    const own = await prisma.agreement.findFirstOrThrow({ where: { municipalityId: enkopingId, id: { not: tryggare.agreementId! } } });
    await updateForum(official, { ...input, agreementId: own.id });
    expect((await prisma.forum.findUniqueOrThrow({ where: { id: forumId } })).agreementId).toBe(own.id);
    await updateForum(official, { ...input, version: base.version + 1, agreementId: null });
    expect((await prisma.forum.findUniqueOrThrow({ where: { id: forumId } })).agreementId).toBeNull();
  });
});

describe("a political council or committee", () => {
  it("is created at its own level, which the form accepts", async () => {
    expect(ZCreateForum.safeParse({ municipalityId: enkopingId, name: "Trygghetsberedningen", level: "POLITICAL", purpose: "", cadence: "" }).success).toBe(true);
    const forum = await createForum(admin, { municipalityId: enkopingId, name: "Trygghetsberedningen", level: "POLITICAL", purpose: "Politisk beredning av trygghetsfrågor", cadence: "Varje månad", parentId: null, reportsToText: "Kommunstyrelsen" });
    expect(forum.level).toBe("POLITICAL");
    // The creator chairs it from its chair's seat; political forums come first in the list.
    expect(await seatsOf(admin, forum.id)).toEqual([["CHAIR", "Portaladministratör", "Alex Administratör"]]);
    expect((await listMyForums(await fresh(admin)))[0]!.level).toBe("POLITICAL");
    // Other test files count the demo's levels.
    await (await db()).forum.delete({ where: { id: forum.id } });
  });
});

describe("the demo", () => {
  it("has Tryggare Enköping with a chair, a secretary, members representing functions and vacant functions", async () => {
    const seats = await seatsOf(official, tryggareId);
    // Other test files add and remove members of it; these come from the demo data.
    expect(seats.slice(0, 2)).toEqual([
      ["CHAIR", "Brotts- och drogsamordnare", "Karin Lind"],
      ["SECRETARY", "Fritidsgårdarna, Upplevelseförvaltningen", "Sara Holm"],
    ]);
    expect(seats).toEqual(expect.arrayContaining([["MEMBER", "Säkerhetschef", null], ["GUEST_ORGANISATION", "Trygghetsvärdar", null]]));
    const prisma = await db();
    expect((await prisma.forum.findUniqueOrThrow({ where: { id: tryggareId } })).chairId).toBe(official.id);
  });
});

describe("the migration 20261128150000_forum_functions", () => {
  it("gives every existing membership a seat with its function, the chair's as CHAIR", async () => {
    const scratch = await createScratchDatabase();
    const old = await openDatabase({ databaseUrl: scratch.url });
    try {
      const mine = "20261128150000_forum_functions";
      await migrate(old.sql, readMigrations().filter((m) => m.name < mine));
      const insert = async (table: string, row: Record<string, unknown>) => {
        const columns = Object.keys(row);
        await old.sql.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
        return row.id as string;
      };
      const now = new Date();
      const record = (row: Record<string, unknown>) => ({ id: randomUUID(), updatedAt: now, ...row });
      const municipality = await insert("Municipality", record({ slug: "testkommun", name: "Testkommun" }));
      const department = await insert("Organisation", record({ kind: "MUNICIPAL_DEPARTMENT", name: "Kommunledningen", municipalityId: municipality }));
      const user = (email: string) => insert("User", record({ email, name: email, role: "MUNICIPAL_OFFICIAL", organisationId: department, passwordHash: "x" }));
      const [chair, secretary, police, other, absent] = [await user("o@test"), await user("s@test"), await user("p@test"), await user("x@test"), await user("a@test")];
      const forum = await insert("Forum", record({ municipalityId: municipality, level: "TACTICAL", name: "Rådet", chairId: chair }));
      const membership = (userId: string, fn: string, forumId = forum) => insert("ForumMembership", { id: randomUUID(), forumId, userId, function: fn });
      await membership(chair, "Ordförande, brotts- och drogsamordnare");
      await membership(secretary, "Sekreterare");
      await membership(police, "Kommunpolis");
      await membership(other, "");
      // A chair who was never a member.
      const second = await insert("Forum", record({ municipalityId: municipality, level: "OPERATIVE", name: "Gruppen", chairId: absent }));

      await migrate(old.sql);
      const seats = await old.prisma.forumSeat.findMany({ where: { forumId: forum }, orderBy: { position: "asc" }, include: { membership: true } });
      const rows = seats.map((s) => [s.role, s.represents, s.membership?.userId, s.organisationId, s.position]);
      expect(rows.slice(0, 2)).toEqual([
        ["CHAIR", "Brotts- och drogsamordnare", chair, department, 0],
        ["SECRETARY", "", secretary, department, 1],
      ]);
      // Then the members, each with what their function text said.
      expect(rows.slice(2).map(([role, represents, userId]) => [role, represents, userId]).sort()).toEqual([["MEMBER", "", other], ["MEMBER", "Kommunpolis", police]].sort());
      expect(seats.map((s) => s.position)).toEqual([0, 1, 2, 3]);
      const secondSeats = await old.prisma.forumSeat.findMany({ where: { forumId: second }, include: { membership: true } });
      expect(secondSeats.map((s) => [s.role, s.membership?.userId])).toEqual([["CHAIR", absent]]);
    } finally {
      await old.close();
      await scratch.drop();
    }
  });
});
