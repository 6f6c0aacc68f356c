import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { authorize, mayUseAdministration, type Action, type Resource } from "@/lib/auth/permissions";

const ENKOPING = "m-enkoping";
const HABO = "m-habo";
const UPPSALA = "m-uppsala";
const LPO = "pa-enkoping-habo";
const OTHER_LPO = "pa-uppsala";
const TRYGGARE = "f-tryggare";
const STYRGRUPP = "f-styrgrupp";

function actor(overrides: Partial<Actor>): Actor {
  return {
    id: "u",
    name: "Test",
    email: "t@example.se",
    title: null,
    role: "MUNICIPAL_OFFICIAL",
    locale: "sv",
    organisation: { id: "org", name: "Socialförvaltningen", kind: "MUNICIPAL_DEPARTMENT" },
    municipalityIds: [ENKOPING],
    policeAreaIds: [],
    forumIds: [],
    chairedForumIds: [],
    mayManageUsers: false,
    ...overrides,
  };
}

const admin = actor({ id: "admin", role: "ADMIN", municipalityIds: [] });
const official = actor({ id: "official", forumIds: [TRYGGARE], chairedForumIds: [TRYGGARE] });
const otherOfficial = actor({ id: "uppsala", municipalityIds: [UPPSALA] });
const police = actor({
  id: "police",
  role: "POLICE_STAFF",
  organisation: { id: "org-police", name: "LPO Enköping/Håbo", kind: "POLICE_AREA" },
  municipalityIds: [ENKOPING, HABO],
  policeAreaIds: [LPO],
  forumIds: [TRYGGARE, STYRGRUPP],
});
const member = actor({
  id: "member",
  role: "FORUM_MEMBER",
  organisation: { id: "org-fritid", name: "Upplevelseförvaltningen", kind: "MUNICIPAL_DEPARTMENT" },
  forumIds: [TRYGGARE],
});

const enkopingAgreement: Resource = { type: "joint", municipalityId: ENKOPING, policeAreaId: LPO };
const haboPromise: Resource = { type: "joint", municipalityId: HABO, policeAreaId: LPO };
const uppsalaAgreement: Resource = { type: "joint", municipalityId: UPPSALA, policeAreaId: OTHER_LPO };
const tryggare: Resource = { type: "forum", forumId: TRYGGARE, municipalityId: ENKOPING, chairId: "official" };
const styrgrupp: Resource = { type: "forum", forumId: STYRGRUPP, municipalityId: ENKOPING, chairId: null };
const itemForMember: Resource = { type: "actionItem", forumId: TRYGGARE, responsibleUserId: "member", responsibleOrganisationId: null };
const itemForPoliceOrg: Resource = {
  type: "actionItem",
  forumId: TRYGGARE,
  responsibleUserId: null,
  responsibleOrganisationId: "org-police",
};

// Administration: accounts by where their organisation lies.
const userManager = actor({ id: "manager", mayManageUsers: true });
const policeManager = actor({ ...police, id: "police-manager", mayManageUsers: true });
const memberWithFlag = actor({ ...member, id: "member-flag", mayManageUsers: true });
const account = (overrides: Partial<Extract<Resource, { type: "userAccount" }>>): Resource => ({
  type: "userAccount",
  organisationKind: "MUNICIPAL_DEPARTMENT",
  municipalityId: ENKOPING,
  policeAreaId: null,
  role: "MUNICIPAL_OFFICIAL",
  mayManageUsers: false,
  ...overrides,
});
const enkopingOfficialAccount = account({});
const enkopingMemberAccount = account({ role: "FORUM_MEMBER" });
const uppsalaOfficialAccount = account({ municipalityId: UPPSALA });
const haboOfficialAccount = account({ municipalityId: HABO });
const enkopingExternalAccount = account({ organisationKind: "EXTERNAL", role: "FORUM_MEMBER" });
const enkopingAdminAccount = account({ role: "ADMIN" });
const enkopingManagerAccount = account({ mayManageUsers: true });
const policeAccount = account({ organisationKind: "POLICE_AREA", municipalityId: null, policeAreaId: LPO, role: "POLICE_STAFF" });
const otherPoliceAccount = account({ organisationKind: "POLICE_AREA", municipalityId: null, policeAreaId: OTHER_LPO, role: "POLICE_STAFF" });
const system: Resource = { type: "system" };

// [who, action, record, expected]
const matrix: [string, Actor | null, Action, Resource, boolean][] = [
  ["the public", null, "agreement.read", enkopingAgreement, false],
  ["the public", null, "forum.read", tryggare, false],
  ["admin", admin, "agreement.update", uppsalaAgreement, true],
  ["admin", admin, "admin.manage", { type: "system" }, true],
  ["admin", admin, "forum.read", styrgrupp, true],
  ["official", official, "agreement.create", enkopingAgreement, true],
  ["official", official, "agreement.approve", enkopingAgreement, true],
  ["official", official, "promise.update", haboPromise, false],
  ["official", official, "agreement.read", uppsalaAgreement, false],
  ["official", official, "admin.manage", { type: "system" }, false],
  ["official of another municipality", otherOfficial, "agreement.read", enkopingAgreement, false],
  ["official of another municipality", otherOfficial, "agreement.update", uppsalaAgreement, true],
  ["police", police, "agreement.update", enkopingAgreement, true],
  ["police", police, "promise.approve", haboPromise, true],
  ["police", police, "agreement.read", uppsalaAgreement, false],
  ["police", police, "admin.manage", { type: "system" }, false],
  ["forum member", member, "agreement.read", enkopingAgreement, false],
  ["forum member", member, "promise.update", enkopingAgreement, false],
  ["forum member", member, "forum.read", tryggare, true],
  ["forum member", member, "meeting.write", tryggare, true],
  ["forum member", member, "forum.read", styrgrupp, false],
  ["forum member", member, "forum.manage", tryggare, false],
  ["forum member", member, "workingGroup.create", tryggare, false],
  ["official (chair)", official, "forum.manage", tryggare, true],
  ["official (member)", official, "workingGroup.create", tryggare, true],
  ["police (member, not chair)", police, "forum.manage", styrgrupp, false],
  ["police (non-member)", police, "meeting.write", { ...tryggare, forumId: "f-sspf" }, false],
  ["forum member (responsible)", member, "actionItem.update", itemForMember, true],
  ["forum member (not responsible)", member, "actionItem.update", itemForPoliceOrg, false],
  ["police (organisation responsible)", police, "actionItem.update", itemForPoliceOrg, true],
  ["chair", official, "actionItem.update", itemForPoliceOrg, true],
  ["police", police, "dialogue.manage", { type: "municipal", municipalityId: HABO }, true],
  ["official", official, "dialogue.manage", { type: "municipal", municipalityId: HABO }, false],
  ["forum member", member, "dialogue.manage", { type: "municipal", municipalityId: ENKOPING }, false],

  // Municipalities, police areas, organisations and the audit log: administrators only.
  ...(["municipality.manage", "policeArea.manage", "organisation.manage", "audit.read", "user.grant"] as const).flatMap(
    (action): [string, Actor | null, Action, Resource, boolean][] => [
      ["admin", admin, action, system, true],
      ["official", official, action, system, false],
      ["user manager", userManager, action, system, false],
      ["police user manager", policeManager, action, system, false],
      ["forum member", member, action, system, false],
      ["the public", null, action, system, false],
    ],
  ),
  // Users: administrators everywhere; a user manager (granted) in their own scope only.
  ["admin", admin, "user.manage", uppsalaOfficialAccount, true],
  ["admin", admin, "user.manage", enkopingAdminAccount, true],
  ["admin", admin, "user.manage", otherPoliceAccount, true],
  ["official without the grant", official, "user.manage", enkopingOfficialAccount, false],
  ["user manager", userManager, "user.manage", enkopingOfficialAccount, true],
  ["user manager", userManager, "user.manage", enkopingMemberAccount, true],
  ["user manager", userManager, "user.manage", uppsalaOfficialAccount, false],
  ["user manager", userManager, "user.manage", haboOfficialAccount, false],
  ["user manager", userManager, "user.manage", enkopingExternalAccount, false],
  ["user manager", userManager, "user.manage", policeAccount, false],
  ["user manager", userManager, "user.manage", enkopingAdminAccount, false],
  ["user manager", userManager, "user.manage", enkopingManagerAccount, false],
  ["user manager", userManager, "user.manage", system, false],
  ["user manager of another municipality", actor({ id: "uppsala-manager", municipalityIds: [UPPSALA], mayManageUsers: true }), "user.manage", enkopingOfficialAccount, false],
  ["police user manager", policeManager, "user.manage", policeAccount, true],
  ["police user manager", policeManager, "user.manage", otherPoliceAccount, false],
  ["police user manager", policeManager, "user.manage", enkopingOfficialAccount, false],
  ["police without the grant", police, "user.manage", policeAccount, false],
  ["forum member with the flag", memberWithFlag, "user.manage", enkopingMemberAccount, false],
  ["the public", null, "user.manage", enkopingOfficialAccount, false],
  // One's own account: everyone, and only their own.
  ["official", official, "account.update", { type: "account", userId: "official" }, true],
  ["forum member", member, "account.update", { type: "account", userId: "member" }, true],
  ["forum member", member, "account.update", { type: "account", userId: "official" }, false],
  ["user manager", userManager, "account.update", { type: "account", userId: "official" }, false],
  ["the public", null, "account.update", { type: "account", userId: "official" }, false],
  ["user manager", userManager, "user.manage", { type: "account", userId: "official" }, false],
];

describe("authorize", () => {
  const cases = matrix.map(([who, user, action, resource, expected]) => ({ who, user, action, resource, expected }));
  it.each(cases)("$who, $action on $resource.type → $expected", ({ user, action, resource, expected }) => {
    expect(authorize(user, action, resource)).toBe(expected);
  });

  it("opens the administration to administrators and granted user managers only", () => {
    expect(mayUseAdministration(admin)).toBe(true);
    expect(mayUseAdministration(userManager)).toBe(true);
    expect(mayUseAdministration(policeManager)).toBe(true);
    expect(mayUseAdministration(official)).toBe(false);
    expect(mayUseAdministration(police)).toBe(false);
    expect(mayUseAdministration(memberWithFlag)).toBe(false);
    expect(mayUseAdministration(null)).toBe(false);
  });

  it("refuses an agreement without a police area to police staff", () => {
    expect(authorize(police, "agreement.read", { type: "joint", municipalityId: ENKOPING, policeAreaId: null })).toBe(false);
  });
});

describe("authorize: the law's cycle (lägesbild, action plan, decisions)", () => {
  const planLinkedToTryggare: Resource = { type: "cycle", municipalityId: ENKOPING, policeAreaId: LPO, linkedForumIds: [TRYGGARE] };
  const planUnlinked: Resource = { type: "cycle", municipalityId: ENKOPING, policeAreaId: LPO, linkedForumIds: [] };
  const uppsalaPlan: Resource = { type: "cycle", municipalityId: UPPSALA, policeAreaId: OTHER_LPO, linkedForumIds: [] };
  const enkopingAnalysis: Resource = { type: "cycle", municipalityId: ENKOPING, policeAreaId: null, linkedForumIds: [] };
  const haboAnalysis: Resource = { type: "cycle", municipalityId: HABO, policeAreaId: null, linkedForumIds: [] };

  it("lets both parties of the municipality read, write, approve and follow up", () => {
    for (const who of [official, police]) {
      for (const action of ["cycle.read", "cycle.write", "actionPlan.approve", "actionPlan.followUp"] as Action[]) {
        expect(authorize(who, action, planUnlinked), `${who.id} ${action}`).toBe(true);
      }
    }
    expect(authorize(official, "cycle.write", enkopingAnalysis)).toBe(true);
    // Police staff reach every municipality their area covers.
    expect(authorize(police, "cycle.write", haboAnalysis)).toBe(true);
    expect(authorize(official, "cycle.write", haboAnalysis)).toBe(false);
  });

  it("keeps another municipality's cycle out of reach", () => {
    expect(authorize(official, "cycle.read", uppsalaPlan)).toBe(false);
    expect(authorize(police, "cycle.write", uppsalaPlan)).toBe(false);
    expect(authorize(otherOfficial, "cycle.read", planUnlinked)).toBe(false);
    expect(authorize(admin, "cycle.write", uppsalaPlan)).toBe(true);
  });

  it("lets forum members read only where their forum is linked, and never write", () => {
    expect(authorize(member, "cycle.read", planLinkedToTryggare)).toBe(true);
    expect(authorize(member, "cycle.read", planUnlinked)).toBe(false);
    expect(authorize(member, "cycle.read", enkopingAnalysis)).toBe(false);
    for (const action of ["cycle.write", "actionPlan.approve", "actionPlan.followUp", "actionPlan.publish"] as Action[]) {
      expect(authorize(member, action, planLinkedToTryggare), action).toBe(false);
    }
  });

  it("leaves publishing the plan to the municipality", () => {
    expect(authorize(official, "actionPlan.publish", planUnlinked)).toBe(true);
    expect(authorize(police, "actionPlan.publish", planUnlinked)).toBe(false);
    expect(authorize(otherOfficial, "actionPlan.publish", planUnlinked)).toBe(false);
  });
});
