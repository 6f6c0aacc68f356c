import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, NotFoundError } from "@/lib/actions/domain-error";
import { listAuditLog, listOwnActivity } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { NotAuthorizedError } from "@/lib/auth/permissions";
import { createAgreement } from "@/lib/agreements/mutations";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { database, db } from "@/lib/db";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { createMunicipality, updateMunicipality } from "@/lib/municipalities/mutations";
import type { TCreateMunicipality } from "@/lib/municipalities/schemas";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/mutations";
import { createPoliceArea, updatePoliceArea } from "@/lib/police-areas/mutations";
import { findMunicipalityInfo } from "@/lib/public/municipality-info";
import { changeOwnLocale, changeOwnPassword, setPasswordWithLink } from "@/lib/users/account";
import { findActor, findUserForSignIn } from "@/lib/users/actor-query";
import { createUser, deactivateUser, issuePasswordReset, reactivateUser, updateUser } from "@/lib/users/mutations";
import { inspectPasswordLink } from "@/lib/users/password-links";
import { listUsersForAdmin } from "@/lib/users/queries";
import type { TCreateUser } from "@/lib/users/schemas";
import { countQueries } from "./helpers/count-queries";
import { demoActor, demoPlaces, otherMunicipality } from "./helpers/world";

let admin: Actor, official: Actor, police: Actor, member: Actor;
let places: Awaited<ReturnType<typeof demoPlaces>>;
let neighbour: Awaited<ReturnType<typeof otherMunicipality>>;

beforeAll(async () => {
  admin = await demoActor("admin@samverkan.demo");
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  member = await demoActor("forum@enkoping.demo");
  places = await demoPlaces();
  neighbour = await otherMunicipality();
});
afterAll(async () => (await database()).close());

const tag = () => randomUUID().slice(0, 8);
/** A four-digit SCB code no other test has taken (codes 9000–9999 are not real municipalities). */
let nextCode = 9000 + Math.floor(Math.random() * 500);
const scbCode = () => String(nextCode++);

function municipalityInput(overrides: Partial<TCreateMunicipality> = {}): TCreateMunicipality {
  const t = tag();
  return {
    name: `Testkommun ${t}`,
    slug: `testkommun-${t}`,
    code: scbCode(),
    contactEmail: `kontakt-${t}@testkommun.se`,
    contactPhone: null,
    contactRoles: "Brotts- och drogsamordnare, Kommunledningsförvaltningen",
    privacyContactEmail: null,
    accessibilityCompliance: "PARTIAL",
    accessibilityIssues: "",
    accessibilityTestedOn: null,
    ...overrides,
  };
}

function userInput(organisationId: string, overrides: Partial<TCreateUser> = {}): TCreateUser {
  const t = tag();
  return { name: `Kim ${t}`, email: `kim-${t}@testkommun.se`, title: "Trygghetssamordnare", organisationId, role: "MUNICIPAL_OFFICIAL", mayManageUsers: false, ...overrides };
}

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => "done",
    (e: unknown) => (e instanceof NotAuthorizedError || e instanceof NotFoundError ? "refused" : Promise.reject(e)),
  );

async function domainError(promise: Promise<unknown>): Promise<{ key: string; field?: string }> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DomainError) return { key: e.messageKey, field: e.field };
    throw e;
  }
  throw new Error("expected a DomainError");
}

/** The token of a one-time link path ("/losenord/<token>"). */
const tokenOf = (path: string) => path.split("/").at(-1)!;

async function enkopingDepartment() {
  const prisma = await db();
  return prisma.organisation.findFirstOrThrow({ where: { municipalityId: places.enkoping.id, kind: "MUNICIPAL_DEPARTMENT" } });
}

async function neighbourDepartment() {
  const prisma = await db();
  return prisma.organisation.findFirstOrThrow({ where: { municipalityId: neighbour.municipality.id, kind: "MUNICIPAL_DEPARTMENT" } });
}

describe("who may administer", () => {
  it("lets only administrators create and change municipalities, police areas and organisations, and read the audit log", async () => {
    for (const actor of [official, police, member, neighbour.official, neighbour.police]) {
      expect(await refused(createMunicipality(actor, municipalityInput()))).toBe("refused");
      expect(await refused(createPoliceArea(actor, { name: `LPO ${tag()}`, slug: `lpo-${tag()}`, municipalityIds: [] }))).toBe("refused");
      expect(
        await refused(createOrganisation(actor, { kind: "EXTERNAL", name: `Bostadsbolaget ${tag()}`, shortName: null, municipalityId: places.enkoping.id, policeAreaId: null })),
      ).toBe("refused");
      expect(await refused(listAuditLog(actor, 1))).toBe("refused");
    }
    const created = await createMunicipality(admin, municipalityInput());
    expect(await refused(updateMunicipality(official, { ...municipalityInput(), id: created.id, version: 1 }))).toBe("refused");
    expect(await refused(updateOrganisation(neighbour.official, { id: (await enkopingDepartment()).id, version: 1, name: "Kapad", shortName: null }))).toBe("refused");
  });

  it("lets a user manager manage their own municipality's departments' users, and nothing else", async () => {
    const department = await enkopingDepartment();
    const { user: managerUser } = await createUser(admin, userInput(department.id, { mayManageUsers: true }));
    const manager = (await findActor(managerUser.id))!;
    expect(manager.mayManageUsers).toBe(true);

    // Their own municipality's department: invite, edit, reset, deactivate.
    const { user: colleague } = await createUser(manager, userInput(department.id));
    await updateUser(manager, { ...userInput(department.id), id: colleague.id, version: 1, name: "Ändrad Kollega" });
    await issuePasswordReset(manager, { id: colleague.id, version: 2 });
    await deactivateUser(manager, { id: colleague.id, version: 2 });

    // Another municipality's department, the police, an external actor, administrators, other user managers: no.
    const prisma = await db();
    const external = await prisma.organisation.findFirstOrThrow({ where: { municipalityId: places.enkoping.id, kind: "EXTERNAL" } });
    const policeUnit = await prisma.organisation.findFirstOrThrow({ where: { policeAreaId: places.area.id } });
    expect(await refused(createUser(manager, userInput((await neighbourDepartment()).id)))).toBe("refused");
    expect(await refused(createUser(manager, userInput(policeUnit.id, { role: "POLICE_STAFF" })))).toBe("refused");
    expect(await refused(createUser(manager, userInput(external.id, { role: "FORUM_MEMBER" })))).toBe("refused");
    expect(await refused(updateUser(manager, { ...userInput(department.id), id: neighbour.official.id, version: 1 }))).toBe("refused");
    expect(await refused(deactivateUser(manager, { id: neighbour.official.id, version: 1 }))).toBe("refused");
    expect(await refused(deactivateUser(manager, { id: admin.id, version: 1 }))).toBe("refused");
    expect(await refused(issuePasswordReset(manager, { id: police.id, version: 1 }))).toBe("refused");
    expect(await domainError(createUser(manager, userInput(department.id, { role: "ADMIN" })))).toEqual({ key: "admin.errors.grantAdminOnly", field: "role" });
    expect(await domainError(createUser(manager, userInput(department.id, { mayManageUsers: true })))).toEqual({
      key: "admin.errors.grantAdminOnly",
      field: "mayManageUsers",
    });

    // The list shows their municipality's departments' users only.
    const list = await listUsersForAdmin(manager, 1, { q: "" });
    expect(list.rows.every((r) => r.organisation.kind === "MUNICIPAL_DEPARTMENT" && r.organisation.municipalityId === places.enkoping.id)).toBe(true);
    expect(list.rows.some((r) => r.id === neighbour.official.id)).toBe(false);
    expect(list.total).toBe(await prisma.user.count({ where: { organisation: { kind: "MUNICIPAL_DEPARTMENT", municipalityId: places.enkoping.id } } }));

    // Without the grant, an official manages nobody.
    expect(await refused(createUser(official, userInput(department.id)))).toBe("refused");
    expect((await listUsersForAdmin(official, 1)).total).toBe(0);
  });

  it("lets police staff with the grant manage their own police area's units only", async () => {
    const prisma = await db();
    const unit = await prisma.organisation.findFirstOrThrow({ where: { policeAreaId: places.area.id } });
    const { user } = await createUser(admin, userInput(unit.id, { role: "POLICE_STAFF", mayManageUsers: true }));
    const manager = (await findActor(user.id))!;
    const { user: officer } = await createUser(manager, userInput(unit.id, { role: "POLICE_STAFF" }));
    expect(officer.organisationId).toBe(unit.id);
    const neighbourUnit = await prisma.organisation.findFirstOrThrow({ where: { policeAreaId: neighbour.area.id } });
    expect(await refused(createUser(manager, userInput(neighbourUnit.id, { role: "POLICE_STAFF" })))).toBe("refused");
    expect(await refused(createUser(manager, userInput((await enkopingDepartment()).id)))).toBe("refused");
    expect(await refused(deactivateUser(manager, { id: neighbour.police.id, version: 1 }))).toBe("refused");
  });
});

describe("starting a new municipality from the browser", () => {
  it("creates the municipality, a police area covering it, a department and an official who sets a password and works there", async () => {
    const municipality = await createMunicipality(admin, municipalityInput());
    const area = await createPoliceArea(admin, { name: `LPO Test ${tag()}`, slug: `lpo-test-${tag()}`, municipalityIds: [municipality.id] });
    const department = await createOrganisation(admin, {
      kind: "MUNICIPAL_DEPARTMENT",
      name: "Kommunledningsförvaltningen",
      shortName: null,
      municipalityId: municipality.id,
      policeAreaId: null,
    });
    const { user, link } = await createUser(admin, userInput(department.id));

    // The police area came with its own unit, for its staff.
    const prisma = await db();
    const unit = await prisma.organisation.findFirstOrThrow({ where: { policeAreaId: area.id, kind: "POLICE_AREA" } });
    const { user: officer } = await createUser(admin, userInput(unit.id, { role: "POLICE_STAFF" }));

    // The invited user cannot sign in before choosing a password; the link is stored only as a hash.
    expect(await prisma.passwordLink.count({ where: { tokenHash: tokenOf(link.path) } })).toBe(0);
    expect((await inspectPasswordLink(tokenOf(link.path))).problem).toBeNull();
    await setPasswordWithLink({ token: tokenOf(link.path), password: "tre gröna äpplen i korgen", passwordRepeat: "tre gröna äpplen i korgen" });
    const signIn = await findUserForSignIn(user.email);
    expect(await verifyPassword(signIn!.passwordHash, "tre gröna äpplen i korgen")).toBe(true);

    const newOfficial = (await findActor(user.id))!;
    expect(newOfficial.municipalityIds).toEqual([municipality.id]);
    const agreement = await createAgreement(newOfficial, {
      title: "Samverkansavtal Testkommun",
      periodStart: new Date("2027-01-01"),
      periodEnd: new Date("2028-12-31"),
      caseNumber: null,
      decisionBody: null,
      decisionParagraph: null,
      decisionDate: null,
      aim: "",
      background: "",
      economy: "",
      followUp: "",
      collaborationModel: "",
      replacesId: null,
      priorities: [],
      signatories: [],
      basisDocuments: [],
      municipalityId: municipality.id,
      policeAreaId: area.id,
    });
    expect(await findAgreementForActor((await findActor(officer.id))!, agreement.id)).not.toBeNull();
    expect(await findAgreementForActor(official, agreement.id)).toBeNull();
    expect(await findAgreementForActor(police, agreement.id)).toBeNull();

    // Its public pages read what the administrator entered.
    const info = await findMunicipalityInfo(municipality.slug);
    expect(info).toMatchObject({ name: municipality.name, contactEmail: municipality.contactEmail, accessibilityCompliance: "PARTIAL", policeAreas: [area.name] });
    expect(info!.accessibilityUpdatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(info!.contactRoles).toEqual(["Brotts- och drogsamordnare, Kommunledningsförvaltningen"]);
  });
});

describe("bad input is refused at its field, with nothing half-saved", () => {
  it("refuses a duplicate slug or SCB code", async () => {
    const first = await createMunicipality(admin, municipalityInput());
    const prisma = await db();
    const before = await prisma.municipality.count();
    expect(await domainError(createMunicipality(admin, municipalityInput({ slug: first.slug })))).toEqual({ key: "admin.errors.slugTaken", field: "slug" });
    expect(await domainError(createMunicipality(admin, municipalityInput({ code: first.code! })))).toEqual({ key: "admin.errors.scbCodeTaken", field: "code" });
    expect(await domainError(createMunicipality(admin, municipalityInput({ slug: "enkoping" })))).toEqual({ key: "admin.errors.slugTaken", field: "slug" });
    const second = await createMunicipality(admin, municipalityInput());
    expect(await domainError(updateMunicipality(admin, { ...municipalityInput({ slug: first.slug }), id: second.id, version: 1 }))).toEqual({
      key: "admin.errors.slugTaken",
      field: "slug",
    });
    expect(await prisma.municipality.count()).toBe(before + 1);
    expect((await prisma.municipality.findUniqueOrThrow({ where: { id: second.id } })).version).toBe(1);
  });

  it("refuses a duplicate e-mail address, on invitation and on change", async () => {
    const department = await enkopingDepartment();
    const prisma = await db();
    const before = await prisma.user.count();
    expect(await domainError(createUser(admin, userInput(department.id, { email: "kommun@enkoping.demo" })))).toEqual({ key: "admin.errors.emailTaken", field: "email" });
    expect(await prisma.user.count()).toBe(before);
    expect(await prisma.passwordLink.count({ where: { user: { email: "kommun@enkoping.demo" } } })).toBe(0);
    const { user } = await createUser(admin, userInput(department.id));
    expect(await domainError(updateUser(admin, { ...userInput(department.id), email: "polis@enkoping.demo", id: user.id, version: 1 }))).toEqual({
      key: "admin.errors.emailTaken",
      field: "email",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).version).toBe(1);
  });

  it("refuses a user without an organisation, or with a role that does not fit it", async () => {
    const prisma = await db();
    const before = await prisma.user.count();
    expect(await domainError(createUser(admin, userInput(randomUUID())))).toEqual({ key: "admin.errors.organisationRequired", field: "organisationId" });
    const external = await prisma.organisation.findFirstOrThrow({ where: { municipalityId: places.enkoping.id, kind: "EXTERNAL" } });
    expect(await domainError(createUser(admin, userInput(external.id)))).toEqual({ key: "admin.errors.roleForOrganisation", field: "role" });
    expect(await domainError(createUser(admin, userInput((await enkopingDepartment()).id, { role: "FORUM_MEMBER", mayManageUsers: true })))).toEqual({
      key: "admin.errors.grantNeedsRole",
      field: "mayManageUsers",
    });
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses a police area covering a municipality another area covers, and keeps the history when one moves", async () => {
    const prisma = await db();
    const areasBefore = await prisma.policeArea.count();
    expect(
      await domainError(createPoliceArea(admin, { name: `LPO Dubblett ${tag()}`, slug: `lpo-dubblett-${tag()}`, municipalityIds: [places.habo.id] })),
    ).toEqual({ key: "admin.errors.municipalityCovered", field: "municipalityIds" });
    expect(await prisma.policeArea.count()).toBe(areasBefore);
    expect(await prisma.policeAreaMunicipality.count({ where: { municipalityId: places.habo.id } })).toBe(1);

    // A municipality moves: removed from one area, then taken by another; both periods remain.
    const moving = await createMunicipality(admin, municipalityInput());
    const first = await createPoliceArea(admin, { name: `LPO Första ${tag()}`, slug: `lpo-forsta-${tag()}`, municipalityIds: [moving.id] });
    const second = await createPoliceArea(admin, { name: `LPO Andra ${tag()}`, slug: `lpo-andra-${tag()}`, municipalityIds: [] });
    expect(await domainError(updatePoliceArea(admin, { id: second.id, version: 1, name: second.name, slug: second.slug, municipalityIds: [moving.id] }))).toEqual({
      key: "admin.errors.municipalityCovered",
      field: "municipalityIds",
    });
    expect((await prisma.policeArea.findUniqueOrThrow({ where: { id: second.id } })).version).toBe(1);
    await updatePoliceArea(admin, { id: first.id, version: 1, name: first.name, slug: first.slug, municipalityIds: [] });
    await updatePoliceArea(admin, { id: second.id, version: 1, name: second.name, slug: second.slug, municipalityIds: [moving.id] });
    const history = await prisma.policeAreaCoverage.findMany({ where: { municipalityId: moving.id }, orderBy: { startedAt: "asc" } });
    expect(history.map((h) => [h.policeAreaId, h.endedAt === null])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
    expect(await prisma.policeAreaMunicipality.findMany({ where: { municipalityId: moving.id }, select: { policeAreaId: true } })).toEqual([{ policeAreaId: second.id }]);
  });

  it("refuses two areas taking the same municipality at the same time: one wins", async () => {
    const contested = await createMunicipality(admin, municipalityInput());
    const areas = await Promise.all(
      [1, 2].map(() => createPoliceArea(admin, { name: `LPO Race ${tag()}`, slug: `lpo-race-${tag()}`, municipalityIds: [] })),
    );
    const outcomes = await Promise.allSettled(
      areas.map((a) => updatePoliceArea(admin, { id: a.id, version: 1, name: a.name, slug: a.slug, municipalityIds: [contested.id] })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failure = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(DomainError);
    const prisma = await db();
    expect(await prisma.policeAreaCoverage.count({ where: { municipalityId: contested.id, endedAt: null } })).toBe(1);
  });

  it("refuses to remove or deactivate the last administrator, even when two try at once", async () => {
    const prisma = await db();
    const activeAdmins = () => prisma.user.count({ where: { role: "ADMIN", active: true } });
    // Only the demo administrator is left active from earlier tests' point of view.
    await prisma.user.updateMany({ where: { role: "ADMIN", active: true, id: { not: admin.id } }, data: { active: false } });
    const me = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    const department = await prisma.organisation.findUniqueOrThrow({ where: { id: me.organisationId } });
    expect(await domainError(updateUser(admin, { name: me.name, email: me.email, title: me.title, organisationId: department.id, role: "MUNICIPAL_OFFICIAL", mayManageUsers: false, id: me.id, version: me.version }))).toEqual({
      key: "admin.errors.lastAdmin",
      field: "role",
    });
    expect(await domainError(deactivateUser(admin, { id: admin.id, version: me.version }))).toEqual({ key: "admin.errors.deactivateSelf", field: undefined });

    // A second administrator; then each deactivates the other at the same moment: one is refused.
    const { user: second } = await createUser(admin, userInput(department.id, { role: "ADMIN" }));
    const secondActor = (await findActor(second.id))!;
    const versions = await prisma.user.findMany({ where: { id: { in: [admin.id, second.id] } }, select: { id: true, version: true } });
    const version = (id: string) => versions.find((v) => v.id === id)!.version;
    const outcomes = await Promise.allSettled([
      deactivateUser(admin, { id: second.id, version: version(second.id) }),
      deactivateUser(secondActor, { id: admin.id, version: version(admin.id) }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failure = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toMatchObject({ messageKey: "admin.errors.lastAdmin" });
    expect(await activeAdmins()).toBe(1);

    // Leave the demo administrator as the one active administrator for the tests after this.
    const demo = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    if (!demo.active) {
      await reactivateUser(secondActor, { id: admin.id, version: demo.version });
      const s = await prisma.user.findUniqueOrThrow({ where: { id: second.id } });
      await deactivateUser(admin, { id: second.id, version: s.version });
    }
    expect(await activeAdmins()).toBe(1);
    expect((await findActor(admin.id))?.role).toBe("ADMIN");
  });
});

describe("one-time links", () => {
  it("work once; a used, expired or replaced link is refused and changes nothing", async () => {
    const department = await enkopingDepartment();
    const prisma = await db();
    const { user, link } = await createUser(admin, userInput(department.id));
    const token = tokenOf(link.path);
    const password = "en lång mening som lösenord";
    await setPasswordWithLink({ token, password, passwordRepeat: password });
    const afterFirst = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await domainError(setPasswordWithLink({ token, password: "ett annat långt lösenord", passwordRepeat: "ett annat långt lösenord" }))).toEqual({
      key: "account.errors.linkUsed",
      field: undefined,
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(afterFirst.passwordHash);
    expect((await inspectPasswordLink(token)).problem).toBe("linkUsed");

    // Expired.
    const reset = await issuePasswordReset(admin, { id: user.id, version: afterFirst.version });
    await prisma.passwordLink.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await domainError(setPasswordWithLink({ token: tokenOf(reset.link.path), password: "ett annat långt lösenord", passwordRepeat: "ett annat långt lösenord" }))).toEqual({
      key: "account.errors.linkExpired",
      field: undefined,
    });

    // Replaced by a newer link, and unusable after deactivation.
    const older = await issuePasswordReset(admin, { id: user.id, version: afterFirst.version });
    const newer = await issuePasswordReset(admin, { id: user.id, version: afterFirst.version });
    expect((await inspectPasswordLink(tokenOf(older.link.path))).problem).toBe("linkInvalid");
    await deactivateUser(admin, { id: user.id, version: afterFirst.version });
    expect((await inspectPasswordLink(tokenOf(newer.link.path))).problem).toBe("linkInvalid");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(afterFirst.passwordHash);

    // A weak password is refused at its field, and the link stays usable.
    await reactivateUser(admin, { id: user.id, version: afterFirst.version + 1 });
    const fresh = await issuePasswordReset(admin, { id: user.id, version: afterFirst.version + 2 });
    expect(await domainError(setPasswordWithLink({ token: tokenOf(fresh.link.path), password: "password123", passwordRepeat: "password123" }))).toEqual({
      key: "account.errors.passwordCommon",
      field: "password",
    });
    expect((await inspectPasswordLink(tokenOf(fresh.link.path))).problem).toBeNull();
    expect(await domainError(setPasswordWithLink({ token: "x".repeat(43), password, passwordRepeat: password }))).toEqual({ key: "account.errors.linkInvalid", field: undefined });
  });

  it("end every session of the user when used", async () => {
    const department = await enkopingDepartment();
    const prisma = await db();
    const { user, link } = await createUser(admin, userInput(department.id));
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await findActor(user.id, { sessionVersion })).not.toBeNull();
    await setPasswordWithLink({ token: tokenOf(link.path), password: "en lång mening som lösenord", passwordRepeat: "en lång mening som lösenord" });
    expect(await findActor(user.id, { sessionVersion })).toBeNull();
  });
});

describe("deactivation", () => {
  it("stops sign-in and ends sessions at once, keeping what the user did in their name", async () => {
    const department = await enkopingDepartment();
    const prisma = await db();
    const { user } = await createUser(admin, userInput(department.id));
    const actor = (await findActor(user.id))!;
    await changeOwnLocale(actor, { locale: "en" });
    const { sessionVersion, version } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await deactivateUser(admin, { id: user.id, version });
    expect(await findActor(user.id, { sessionVersion })).toBeNull();
    expect(await findActor(user.id)).toBeNull();
    expect((await findUserForSignIn(user.email))?.active).toBe(false);
    const own = await prisma.auditLog.findFirstOrThrow({ where: { userId: user.id, action: "account.locale" }, include: { user: true } });
    expect(own.user?.name).toBe(user.name);
    // A stale form cannot deactivate twice, nor act on a changed record.
    expect(await domainError(deactivateUser(admin, { id: user.id, version: version + 1 }))).toEqual({ key: "admin.errors.alreadyInactive", field: undefined });
  });
});

describe("own account", () => {
  it("changes the password only with the current one, refusing common ones, and ends every session", async () => {
    const department = await enkopingDepartment();
    const prisma = await db();
    const { user, link } = await createUser(admin, userInput(department.id));
    await setPasswordWithLink({ token: tokenOf(link.path), password: "första långa lösenordet", passwordRepeat: "första långa lösenordet" });
    const actor = (await findActor(user.id))!;
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await domainError(changeOwnPassword(actor, { currentPassword: "fel", password: "andra långa lösenordet", passwordRepeat: "andra långa lösenordet" }))).toEqual({
      key: "account.errors.currentWrong",
      field: "currentPassword",
    });
    expect(await domainError(changeOwnPassword(actor, { currentPassword: "första långa lösenordet", password: "qwerty123456", passwordRepeat: "qwerty123456" }))).toEqual({
      key: "account.errors.passwordCommon",
      field: "password",
    });
    expect(await findActor(user.id, { sessionVersion })).not.toBeNull();
    await changeOwnPassword(actor, { currentPassword: "första långa lösenordet", password: "andra långa lösenordet", passwordRepeat: "andra långa lösenordet" });
    expect(await findActor(user.id, { sessionVersion })).toBeNull();
    expect(await verifyPassword((await findUserForSignIn(user.email))!.passwordHash, "andra långa lösenordet")).toBe(true);
  });

  it("stores the language and shows the user their own activity only", async () => {
    const department = await enkopingDepartment();
    const { user } = await createUser(admin, userInput(department.id));
    const actor = (await findActor(user.id))!;
    await changeOwnLocale(actor, { locale: "en" });
    expect((await findActor(user.id))!.locale).toBe("en");
    const activity = await listOwnActivity(actor, 1);
    expect(activity.rows.map((r) => r.action)).toEqual(["account.locale"]);
    expect(activity.total).toBe(1);
  });
});

describe("the audit log", () => {
  it("names each entry's record as the reader may see it, with a few queries for a page whatever its rows", async () => {
    const department = await enkopingDepartment();
    const { user } = await createUser(admin, userInput(department.id));
    const actor = (await findActor(user.id))!;
    await changeOwnLocale(actor, { locale: "en" });
    const own = await listOwnActivity(actor, 1, "sv");
    expect(own.rows).toEqual([expect.objectContaining({ action: "account.locale", entityType: "User", record: user.name, fields: ["locale"] })]);

    const dialogue = { title: `Dialog för loggen ${tag()}`, startsAt: new Date("2026-05-04T16:00:00Z"), place: "", format: "", participantCount: null, themes: "", announced: false, confirmNoPersonalData: false };
    const { id } = await createDialogue(official, { ...dialogue, municipalityId: places.enkoping.id });
    await updateDialogue(official, { ...dialogue, title: `${dialogue.title}, nytt namn`, id, version: 1 });
    const { queries, result } = await countQueries(() => listAuditLog(admin, 1, { action: "dialogue.create" }, "sv"));
    // Named as it is called now, not as the entry recorded it.
    expect(result.rows.find((r) => r.record === `${dialogue.title}, nytt namn`)).toMatchObject({ entityType: "CitizenDialogue", by: official.name });
    // The page (its entries and their users), its count, the municipalities' names, and one query per kind of record named: dialogues here.
    expect(queries).toBeLessThanOrEqual(5);
  });

  it("is filtered by who, what, when and municipality, a page of 50 at a time with the count", async () => {
    const municipality = await createMunicipality(admin, municipalityInput());
    await updateMunicipality(admin, { ...municipalityInput({ slug: municipality.slug, code: municipality.code!, name: municipality.name }), accessibilityCompliance: "FULL", id: municipality.id, version: 1 });
    const mine = await listAuditLog(admin, 1, { municipalityId: municipality.id });
    expect(mine.rows.map((r) => r.action)).toEqual(["municipality.update", "municipality.create"]);
    expect(mine.rows[0]).toMatchObject({ by: admin.name, municipality: municipality.name, fields: expect.arrayContaining(["accessibilityCompliance"]) });
    const updates = await listAuditLog(admin, 1, { municipalityId: municipality.id, action: "municipality.update", who: "ADMIN@samverkan" });
    expect(updates.total).toBe(1);
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
    expect((await listAuditLog(admin, 1, { municipalityId: municipality.id, from: today, to: today })).total).toBe(2);
    expect((await listAuditLog(admin, 1, { municipalityId: municipality.id, to: "2020-01-01" })).total).toBe(0);
    expect((await listAuditLog(admin, 1, { who: "ingen-sådan-person" })).total).toBe(0);
    const all = await listAuditLog(admin, 1);
    expect(all.rows.length).toBeLessThanOrEqual(50);
    expect(all.pageSize).toBe(50);
    expect(all.total).toBeGreaterThan(0);
    // Each entry names its record, never by its id.
    expect(mine.rows[0]).toMatchObject({ record: municipality.name });
    expect(mine.rows[0]).not.toHaveProperty("entityId");
    // The statement's date moved with the change.
    const prisma = await db();
    expect((await prisma.municipality.findUniqueOrThrow({ where: { id: municipality.id } })).accessibilityUpdatedOn).not.toBeNull();
  });
});
