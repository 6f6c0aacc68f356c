import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Party } from "@/generated/prisma/enums";
import { ConflictError, DomainError } from "@/lib/actions/domain-error";
import { createActivity, updateActivity } from "@/lib/activities/mutations";
import type { TCreateActivity } from "@/lib/activities/schemas";
import { approveAgreement, createAgreement, transitionAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { replaceableAgreements } from "@/lib/agreements/queries";
import type { TCreateAgreement } from "@/lib/agreements/schemas";
import { agreementSnapshotInclude, buildAgreementSnapshot, type AgreementSnapshot } from "@/lib/agreements/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { database, db } from "@/lib/db";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import * as demo from "@/lib/db/seed/enkoping-demo";
import { createGoal, updateGoal } from "@/lib/goals/mutations";
import { approvePromise, createPromise, transitionPromise, updatePromise } from "@/lib/promises/mutations";
import type { TCreatePromise } from "@/lib/promises/schemas";
import { buildPromiseSnapshot, snapshotInclude, type PromiseSnapshot } from "@/lib/promises/snapshot";
import { findPublicAgreement, listPublicAgreements } from "@/lib/public/agreements";
import { promiseInput as draftPromiseInput } from "./helpers/inputs";
import { createScratchDatabase } from "./helpers/databases";
import { demoActor, demoPlaces } from "./helpers/world";

/**
 * Approvals and edits of one record serialize on that record: real parallel calls of the
 * mutation functions against PostgreSQL, each race many times. Nothing adopted or published
 * may differ from what both parties saw when they approved; nothing both approved may be
 * left stuck; no party may stand twice behind one version.
 */

const TRIALS = 20;
const RACE_TIMEOUT = 180_000;

let official: Actor, police: Actor;
let places: Awaited<ReturnType<typeof demoPlaces>>;

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  places = await demoPlaces();
});
afterAll(async () => (await database()).close());

const partyOf = (actor: Actor): Party => (actor === police ? "POLICE" : "MUNICIPALITY");

function agreementInput(overrides: Partial<TCreateAgreement> = {}): TCreateAgreement {
  return {
    title: `Samverkansavtal ${randomUUID().slice(0, 8)}`,
    periodStart: new Date("2026-01-01"),
    periodEnd: new Date("2027-12-31"),
    caseNumber: null,
    decisionBody: null,
    decisionParagraph: null,
    decisionDate: null,
    aim: "Alla ska känna sig trygga.",
    background: "",
    economy: "",
    followUp: "",
    collaborationModel: "",
    replacesId: null,
    priorities: [{ text: "Tidiga insatser" }],
    signatories: [{ name: "Anna Ordförande", title: "Kommunstyrelsens ordförande", party: "MUNICIPALITY" }],
    basisDocuments: [],
    municipalityId: places.enkoping.id,
    policeAreaId: places.area.id,
    ...overrides,
  };
}

const criteria = {
  criterionSafety: "Fler vuxna ute kvällstid.",
  criterionCrime: "Tidiga insatser.",
  criterionParticipation: "Boende deltar i trygghetsvandringar.",
  criterionTrust: "Polisen finns på plats.",
};

function promiseInput(overrides: Partial<TCreatePromise> = {}): TCreatePromise {
  return draftPromiseInput(
    { municipalityId: places.enkoping.id, policeAreaId: places.area.id },
    { title: `Tryggare Centrum ${randomUUID().slice(0, 8)}`, place: "Centrum", background: "Boende upplever otrygghet kvällstid.", ...criteria, ...overrides },
  );
}

const activityFields = {
  title: "Trygghetsvandringar",
  scope: "4 vandringar per år",
  timing: "Kvällstid",
  responsible: "Kommunen och polisen",
  followUp: "Antal vandringar",
  evaluation: "",
  status: "PLANNED" as const,
  goalId: null,
  targetValue: 4,
  targetUnit: "vandringar",
  responsibleOrgIds: [],
  confirmNoPersonalData: false,
};

/** What a party reads on the agreement's page right before pressing "approve". */
async function agreementOnScreen(id: string) {
  const prisma = await db();
  const full = await prisma.agreement.findUniqueOrThrow({ where: { id }, include: agreementSnapshotInclude });
  return { version: full.version, status: full.status, text: buildAgreementSnapshot(full) };
}

async function promiseOnScreen(id: string) {
  const prisma = await db();
  const full = await prisma.citizenPromise.findUniqueOrThrow({ where: { id }, include: snapshotInclude });
  return { version: full.version, status: full.status, text: buildPromiseSnapshot(full) };
}

/** The refusals a race may end in; anything else (a deadlock, a unique violation) is a bug. */
function expectedRefusal(reason: unknown) {
  if (reason instanceof ConflictError) return "conflict";
  if (reason instanceof DomainError && ["agreements.errors.notEditable", "agreements.errors.notApprovable", "agreements.errors.alreadyApproved", "promises.errors.notApprovable"].includes(reason.messageKey)) {
    return reason.messageKey;
  }
  throw reason;
}

/**
 * Who saw what: per party, the text on screen when they approved a version. A record is
 * adopted/published rightly only with the copy that both parties saw at the version they approved.
 */
class Witness<T> {
  private seen = new Map<string, T>();
  saw(party: Party, version: number, text: T) {
    this.seen.set(`${party}@${version}`, text);
  }
  text(party: Party, version: number) {
    return this.seen.get(`${party}@${version}`);
  }
}

/** Approves as `actor` what they see now, remembering it; refusals are returned, not thrown. */
async function approveAgreementAsSeen(actor: Actor, id: string, witness: Witness<AgreementSnapshot>, screen?: Awaited<ReturnType<typeof agreementOnScreen>>) {
  const shown = screen ?? (await agreementOnScreen(id));
  witness.saw(partyOf(actor), shown.version, shown.text);
  return approveAgreement(actor, { id, version: shown.version }).then(
    (r) => r,
    (e: unknown) => expectedRefusal(e),
  );
}

async function approvePromiseAsSeen(actor: Actor, id: string, witness: Witness<PromiseSnapshot>, screen?: Awaited<ReturnType<typeof promiseOnScreen>>) {
  const shown = screen ?? (await promiseOnScreen(id));
  witness.saw(partyOf(actor), shown.version, shown.text);
  return approvePromise(actor, { id, version: shown.version }).then(
    (r) => r,
    (e: unknown) => expectedRefusal(e),
  );
}

async function standingApprovals(link: { agreementId: string } | { promiseId: string }) {
  const prisma = await db();
  return prisma.approval.findMany({ where: { ...link, withdrawnAt: null } });
}

/** Whether each party recorded an approval of `version` (a later edit may have withdrawn it since). */
async function bothApproved(link: { agreementId: string } | { promiseId: string }, version: number) {
  const prisma = await db();
  const parties = (await prisma.approval.findMany({ where: { ...link, subjectVersion: version }, select: { party: true } })).map((a) => a.party);
  return parties.includes("MUNICIPALITY") && parties.includes("POLICE");
}

/** The invariants after one trial, as counts of violations. */
async function checkAgreement(id: string, witness: Witness<AgreementSnapshot>) {
  const prisma = await db();
  const agreement = await prisma.agreement.findUniqueOrThrow({ where: { id }, include: { publication: true } });
  const standing = await standingApprovals({ agreementId: id });
  const keys = standing.map((a) => `${a.party}@${a.subjectVersion}`);
  const violations = { unapprovedAdopted: 0, stuck: 0, duplicates: new Set(keys).size !== keys.length ? 1 : 0, publicDiffers: 0 };

  if (agreement.status === "ADOPTED") {
    const publication = agreement.publication;
    const version = publication?.agreementVersion ?? -1;
    const municipalitySaw = witness.text("MUNICIPALITY", version);
    const policeSaw = witness.text("POLICE", version);
    const frozen = publication?.snapshot as unknown as AgreementSnapshot | undefined;
    if (!frozen || !(await bothApproved({ agreementId: id }, version)) || !isDeepStrictEqual(frozen, municipalitySaw) || !isDeepStrictEqual(frozen, policeSaw)) violations.unapprovedAdopted++;
    const shown = await findPublicAgreement("enkoping", id);
    if (!shown || !isDeepStrictEqual(shown.content, policeSaw)) violations.publicDiffers++;
  } else {
    const both = ["MUNICIPALITY", "POLICE"].every((p) => standing.some((a) => a.party === p && a.subjectVersion === agreement.version));
    if (both || agreement.publication) violations.stuck++;
    if (await findPublicAgreement("enkoping", id)) violations.publicDiffers++;
  }
  return violations;
}

async function checkPromise(id: string, witness: Witness<PromiseSnapshot>) {
  const prisma = await db();
  const promise = await prisma.citizenPromise.findUniqueOrThrow({ where: { id }, include: { publications: true } });
  const standing = await standingApprovals({ promiseId: id });
  const keys = standing.map((a) => `${a.party}@${a.subjectVersion}`);
  const violations = { unapprovedPublished: 0, stuck: 0, duplicates: new Set(keys).size !== keys.length ? 1 : 0 };
  for (const publication of promise.publications) {
    const version = publication.promiseVersion;
    const frozen = publication.snapshot as unknown as PromiseSnapshot;
    if (!(await bothApproved({ promiseId: id }, version)) || !isDeepStrictEqual(frozen, witness.text("MUNICIPALITY", version)) || !isDeepStrictEqual(frozen, witness.text("POLICE", version))) {
      violations.unapprovedPublished++;
    }
  }
  const both = ["MUNICIPALITY", "POLICE"].every((p) => standing.some((a) => a.party === p && a.subjectVersion === promise.version));
  if (both) violations.stuck++;
  return violations;
}

/** Two calls at once, started in turn one first and the other first; results in argument order. */
async function race<A, B>(trial: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[PromiseSettledResult<A>, PromiseSettledResult<B>]> {
  if (trial % 2 === 0) return Promise.allSettled([a(), b()]);
  const [second, first] = await Promise.allSettled([b(), a()]);
  return [first, second];
}


function sum<T extends Record<string, number>>(all: T[]): T {
  const total = {} as Record<string, number>;
  for (const one of all) for (const [k, v] of Object.entries(one)) total[k] = (total[k] ?? 0) + v;
  return total as T;
}

describe("an edit racing an approval", () => {
  // Each edit is read (as the official's form would be) before the race, then saved in it.
  type PreparedEdit = (recordId: string, partId: string, trial: number) => Promise<() => Promise<unknown>>;
  const edits: Record<string, PreparedEdit> = {
    "a goal's text": async (agreementId: string, goalId: string, trial: number) => {
      const prisma = await db();
      const goal = await prisma.goal.findUniqueOrThrow({ where: { id: goalId } });
      return () => updateGoal(official, { id: goalId, version: goal.version, parentId: null, title: `Ändrat mål ${trial}`, description: "Ej godkänd" });
    },
    "the agreement's text": async (agreementId: string, _goalId: string, trial: number) => {
      const prisma = await db();
      const { version } = await prisma.agreement.findUniqueOrThrow({ where: { id: agreementId } });
      return () => updateAgreement(official, { ...agreementInput(), id: agreementId, version, aim: `Ändrat syfte ${trial}` });
    },
  };

  for (const [what, edit] of Object.entries(edits)) {
    it(
      `never adopts an agreement with ${what} changed after the approval (${TRIALS} races)`,
      async () => {
        const results = [];
        const outcomes: Record<string, number> = {};
        for (let trial = 0; trial < TRIALS; trial++) {
          const agreement = await createAgreement(official, agreementInput());
          const goal = await createGoal(official, { agreementId: agreement.id, parentId: null, title: "Trygga offentliga miljöer", description: "" });
          const witness = new Witness<AgreementSnapshot>();
          await approveAgreementAsSeen(official, agreement.id, witness);

          // The police approve what they see while an official edits the agreement.
          const screen = await agreementOnScreen(agreement.id);
          const save = await edit(agreement.id, goal.id, trial);
          const [approval, editing] = await race(trial, () => approveAgreementAsSeen(police, agreement.id, witness, screen), save);
          if (approval.status === "rejected") throw approval.reason;
          if (editing.status === "rejected") expectedRefusal(editing.reason);
          const key = `approval:${typeof approval.value === "string" ? approval.value : approval.value.adopted ? "adopted" : "recorded"} edit:${editing.status === "fulfilled" ? "saved" : expectedRefusal(editing.reason)}`;
          outcomes[key] = (outcomes[key] ?? 0) + 1;

          // Then the municipality approves again what it now sees, if the agreement still waits.
          const now = await agreementOnScreen(agreement.id);
          if (now.status === "DRAFT") await approveAgreementAsSeen(official, agreement.id, witness, now);
          results.push(await checkAgreement(agreement.id, witness));
        }
        console.info(`agreement, ${what}:`, outcomes);
        expect(sum(results)).toEqual({ unapprovedAdopted: 0, stuck: 0, duplicates: 0, publicDiffers: 0 });
      },
      RACE_TIMEOUT,
    );
  }

  const promiseEdits: Record<string, PreparedEdit> = {
    "an activity": async (promiseId: string, activityId: string, trial: number) => {
      const prisma = await db();
      const activity = await prisma.activity.findUniqueOrThrow({ where: { id: activityId } });
      return () => updateActivity(official, { ...activityFields, id: activityId, version: activity.version, title: `Ändrad aktivitet ${trial}` });
    },
    "a goal it quotes": async (promiseId: string, _activityId: string, trial: number) => {
      const { goal } = await (await db()).promiseGoal.findFirstOrThrow({ where: { promiseId }, include: { goal: true } });
      return () => updateGoal(official, { id: goal.id, version: goal.version, parentId: goal.parentId, title: `Ändrat mål ${trial}`, description: goal.description });
    },
    "a dialogue it quotes": async (promiseId: string, _activityId: string, trial: number) => {
      const { dialogue: d } = await (await db()).promiseDialogue.findFirstOrThrow({ where: { promiseId }, include: { dialogue: true } });
      const fields = { title: d.title, startsAt: d.startsAt, place: d.place, format: d.format, participantCount: d.participantCount, announced: d.announced, confirmNoPersonalData: false };
      return () => updateDialogue(official, { ...fields, id: d.id, version: d.version, themes: `Ändrat tema ${trial}` });
    },
    "the promise's text": async (promiseId: string, _activityId: string, trial: number) => {
      const prisma = await db();
      const { version, title } = await prisma.citizenPromise.findUniqueOrThrow({ where: { id: promiseId } });
      return () => updatePromise(official, { ...promiseInput(), title, id: promiseId, version, background: `Ändrad bakgrund ${trial}` });
    },
  };

  for (const [what, edit] of Object.entries(promiseEdits)) {
    it(
      `never publishes a promise with ${what} changed after the approval (${TRIALS} races)`,
      async () => {
        const results = [];
        const outcomes: Record<string, number> = {};
        for (let trial = 0; trial < TRIALS; trial++) {
          const promise = await awaitingApproval();
          const activity = (await (await db()).activity.findFirstOrThrow({ where: { promiseId: promise.id } }));
          const witness = new Witness<PromiseSnapshot>();
          await approvePromiseAsSeen(official, promise.id, witness);

          const screen = await promiseOnScreen(promise.id);
          const save = await edit(promise.id, activity.id, trial);
          const [approval, editing] = await race(trial, () => approvePromiseAsSeen(police, promise.id, witness, screen), save);
          if (approval.status === "rejected") throw approval.reason;
          if (editing.status === "rejected") expectedRefusal(editing.reason);
          const key = `approval:${typeof approval.value === "string" ? approval.value : approval.value.published ? "published" : "recorded"} edit:${editing.status === "fulfilled" ? "saved" : expectedRefusal(editing.reason)}`;
          outcomes[key] = (outcomes[key] ?? 0) + 1;

          // The municipality approves again what it now sees (a published promise's later edit
          // needs new approvals too).
          await approvePromiseAsSeen(official, promise.id, witness);
          results.push(await checkPromise(promise.id, witness));
        }
        console.info(`promise, ${what}:`, outcomes);
        expect(sum(results)).toEqual({ unapprovedPublished: 0, stuck: 0, duplicates: 0 });
      },
      RACE_TIMEOUT,
    );
  }
});

describe("a basis document's address", () => {
  it("named anew by another agreement leaves what an approved promise and agreement quote as they were", async () => {
    const prisma = await db();
    const doc = { title: `Trygghetsmätning ${randomUUID().slice(0, 8)}`, publisher: "Kommunen", year: 2025, url: "https://example.org/matning.pdf" };
    const agreement = await createAgreement(official, agreementInput({ basisDocuments: [doc] }));
    const basis = await prisma.basisDocument.findFirstOrThrow({ where: { title: doc.title } });
    const promise = await awaitingApproval();
    await prisma.promiseBasisDocument.create({ data: { promiseId: promise.id, basisDocumentId: basis.id } });
    const promiseSeen = await promiseOnScreen(promise.id);
    const agreementSeen = await agreementOnScreen(agreement.id);
    await approvePromise(official, { id: promise.id, version: promiseSeen.version });
    await approveAgreement(official, { id: agreement.id, version: agreementSeen.version });

    await createAgreement(official, agreementInput({ basisDocuments: [{ ...doc, url: "https://example.org/ny-matning.pdf" }] }));
    expect((await promiseOnScreen(promise.id)).text).toEqual(promiseSeen.text);
    expect((await agreementOnScreen(agreement.id)).text).toEqual(agreementSeen.text);
    expect((await approvePromise(police, { id: promise.id, version: promiseSeen.version })).published).toBe(true);
    expect((await approveAgreement(police, { id: agreement.id, version: agreementSeen.version })).adopted).toBe(true);
  });
});

/** An agreement whose goals the promises here quote. */
let goalsAgreement: Promise<{ id: string }> | undefined;

/** A promise waiting for approval, quoting a goal and a citizen dialogue of its own. */
async function awaitingApproval() {
  goalsAgreement ??= createAgreement(official, agreementInput());
  const goal = await createGoal(official, { agreementId: (await goalsAgreement).id, parentId: null, title: "Trygga offentliga miljöer", description: "" });
  const dialogue = await createDialogue(official, {
    title: "Dialog i centrum",
    startsAt: new Date("2026-02-01T17:00:00Z"),
    place: "Centrum",
    format: "Möte",
    participantCount: 20,
    themes: "Belysning",
    announced: false,
    confirmNoPersonalData: false,
    municipalityId: places.enkoping.id,
  });
  const created = await createPromise(official, promiseInput({ goalIds: [goal.id], dialogueIds: [dialogue.id] }));
  await createActivity(official, { ...activityFields, promiseId: created.id } satisfies TCreateActivity);
  const { version } = await promiseOnScreen(created.id);
  await transitionPromise(official, { id: created.id, version, to: "AWAITING_APPROVAL" });
  return created;
}

describe("both parties approving at once", () => {
  it(
    `adopts the agreement, every time (${TRIALS} races)`,
    async () => {
      const results = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const agreement = await createAgreement(official, agreementInput());
        await createGoal(official, { agreementId: agreement.id, parentId: null, title: "Unga i riskzon", description: "" });
        const witness = new Witness<AgreementSnapshot>();
        const screen = await agreementOnScreen(agreement.id);
        const outcome = await Promise.all([
          approveAgreementAsSeen(official, agreement.id, witness, screen),
          approveAgreementAsSeen(police, agreement.id, witness, screen),
        ]);
        // Both approvals are recorded (neither is refused), and exactly one of them adopts.
        expect(outcome.map((o) => (typeof o === "string" ? o : o.adopted)).sort()).toEqual([false, true]);
        results.push(await checkAgreement(agreement.id, witness));
        expect((await agreementOnScreen(agreement.id)).status).toBe("ADOPTED");
      }
      expect(sum(results)).toEqual({ unapprovedAdopted: 0, stuck: 0, duplicates: 0, publicDiffers: 0 });
    },
    RACE_TIMEOUT,
  );

  it(
    `publishes the promise, every time (${TRIALS} races)`,
    async () => {
      const results = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const promise = await awaitingApproval();
        const witness = new Witness<PromiseSnapshot>();
        const screen = await promiseOnScreen(promise.id);
        const outcome = await Promise.all([
          approvePromiseAsSeen(official, promise.id, witness, screen),
          approvePromiseAsSeen(police, promise.id, witness, screen),
        ]);
        expect(outcome.map((o) => (typeof o === "string" ? o : o.published)).sort()).toEqual([false, true]);
        results.push(await checkPromise(promise.id, witness));
        expect((await promiseOnScreen(promise.id)).status).toBe("PUBLISHED");
      }
      expect(sum(results)).toEqual({ unapprovedPublished: 0, stuck: 0, duplicates: 0 });
    },
    RACE_TIMEOUT,
  );
});

describe("one party approving twice at once", () => {
  it(
    `records one approval of an agreement and refuses the other (${TRIALS} races)`,
    async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const agreement = await createAgreement(official, agreementInput());
        const witness = new Witness<AgreementSnapshot>();
        const screen = await agreementOnScreen(agreement.id);
        const outcome = await Promise.all([
          approveAgreementAsSeen(official, agreement.id, witness, screen),
          approveAgreementAsSeen(official, agreement.id, witness, screen),
        ]);
        expect(outcome.map((o) => (typeof o === "string" ? o : "recorded")).sort()).toEqual(["agreements.errors.alreadyApproved", "recorded"]);
        expect(await standingApprovals({ agreementId: agreement.id })).toHaveLength(1);
      }
    },
    RACE_TIMEOUT,
  );

  it(
    `records one approval of a promise and refuses the other (${TRIALS} races)`,
    async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const promise = await awaitingApproval();
        const witness = new Witness<PromiseSnapshot>();
        const screen = await promiseOnScreen(promise.id);
        const outcome = await Promise.all([
          approvePromiseAsSeen(police, promise.id, witness, screen),
          approvePromiseAsSeen(police, promise.id, witness, screen),
        ]);
        expect(outcome.map((o) => (typeof o === "string" ? o : "recorded")).sort()).toEqual(["agreements.errors.alreadyApproved", "recorded"]);
        expect(await standingApprovals({ promiseId: promise.id })).toHaveLength(1);
      }
    },
    RACE_TIMEOUT,
  );

  it("is refused by the database too, for a writer that skips the lock", async () => {
    const prisma = await db();
    const agreement = await createAgreement(official, agreementInput());
    const approval = { purpose: "ADOPT_AGREEMENT" as const, agreementId: agreement.id, subjectVersion: 1, party: "POLICE" as const, userId: police.id };
    await prisma.approval.create({ data: approval });
    const error = await prisma.approval.create({ data: approval }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    // A withdrawn approval does not stand: the party may approve that version again.
    await prisma.approval.updateMany({ where: { agreementId: agreement.id }, data: { withdrawnAt: new Date() } });
    await expect(prisma.approval.create({ data: approval })).resolves.toBeDefined();
  });
});

describe("replacing an agreement", () => {
  it("names only an adopted agreement, with a message at the field", async () => {
    const draft = await createAgreement(official, agreementInput({ title: "Aldrig godkänt utkast" }));
    const error = await createAgreement(official, agreementInput({ replacesId: draft.id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field: "replacesId", messageKey: "agreements.errors.replacesNotAdopted" });

    const successor = await createAgreement(official, agreementInput());
    await expect(updateAgreement(official, { ...agreementInput({ replacesId: draft.id }), id: successor.id, version: 1 })).rejects.toMatchObject({
      field: "replacesId",
      messageKey: "agreements.errors.replacesNotAdopted",
    });
    expect((await replaceableAgreements(official, [places.enkoping.id])).map((a) => a.id)).not.toContain(draft.id);
  });

  it("never makes a draft public, even when an older record names it", async () => {
    const prisma = await db();
    const draft = await createAgreement(official, agreementInput({ title: "Utkast som aldrig gällt" }));
    const successor = await createAgreement(official, agreementInput());
    // Named before the rule existed: the adoption checks again.
    await prisma.agreement.update({ where: { id: successor.id }, data: { replacesId: draft.id } });
    expect((await approveAgreement(official, { id: successor.id, version: 1 })).adopted).toBe(false);
    await expect(approveAgreement(police, { id: successor.id, version: 1 })).rejects.toMatchObject({ messageKey: "agreements.errors.replacesNotAdopted" });

    const [after, replaced] = await Promise.all([agreementOnScreen(successor.id), agreementOnScreen(draft.id)]);
    expect(after.status).toBe("DRAFT");
    expect(replaced.status).toBe("DRAFT");
    expect(await findPublicAgreement("enkoping", draft.id)).toBeNull();
    const listed = await listPublicAgreements("enkoping");
    expect([...listed!.current, ...listed!.earlier].map((a) => a.id)).not.toContain(draft.id);
  });
});

describe("the public agreement pages", () => {
  it("read the frozen copy both parties adopted, not a later change, with the status live", async () => {
    const prisma = await db();
    const doc = { title: `Lägesbild ${randomUUID().slice(0, 8)}`, publisher: "Polisen", year: 2025, url: "https://example.org/antagen.pdf" };
    const agreement = await createAgreement(official, agreementInput({ title: "Antaget avtal", aim: "Antaget syfte", basisDocuments: [doc] }));
    const goal = await createGoal(official, { agreementId: agreement.id, parentId: null, title: "Antaget mål", description: "" });
    await approveAgreement(official, { id: agreement.id, version: 2 });
    expect((await approveAgreement(police, { id: agreement.id, version: 2 })).adopted).toBe(true);

    // Later changes nobody approved: another agreement points the shared basis document
    // elsewhere, and the stored text is changed behind the portal's back.
    await createAgreement(official, agreementInput({ basisDocuments: [{ ...doc, url: "https://example.org/annan.pdf" }] }));
    await prisma.agreement.update({ where: { id: agreement.id }, data: { title: "Ändrad titel", aim: "Ändrat syfte" } });
    await prisma.goal.update({ where: { id: goal.id }, data: { title: "Ändrat mål" } });
    await prisma.agreementPriority.updateMany({ where: { agreementId: agreement.id }, data: { text: "Ändrad prioritering" } });

    const shown = await findPublicAgreement("enkoping", agreement.id);
    expect(shown!.content).toMatchObject({ title: "Antaget avtal", aim: "Antaget syfte", priorities: ["Tidiga insatser"] });
    expect(shown!.content.goals.map((g) => g.title)).toEqual(["Antaget mål"]);
    expect(shown!.content.basisDocuments).toEqual([doc]);
    const listed = await listPublicAgreements("enkoping");
    expect(listed!.current.find((a) => a.id === agreement.id)?.title).toBe("Antaget avtal");

    // The status is live metadata, like a promise's.
    const { version } = await prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    await transitionAgreement(official, { id: agreement.id, version, to: "ACTIVE" });
    expect((await findPublicAgreement("enkoping", agreement.id))!.status).toBe("ACTIVE");
  });

  it("show the demo's adopted agreements on a fresh start", async () => {
    const listed = await listPublicAgreements("enkoping");
    const caseNumbers = demo.agreements.map((a) => a.caseNumber);
    const demoAgreements = [...listed!.current, ...listed!.earlier].filter((a) => a.caseNumber && caseNumbers.includes(a.caseNumber));
    expect(demoAgreements).toHaveLength(demo.agreements.length);
    const prisma = await db();
    for (const a of demoAgreements) {
      const shown = await findPublicAgreement("enkoping", a.id);
      expect(shown!.content.goals.length).toBeGreaterThan(0);
      const stored = await prisma.agreement.findUniqueOrThrow({ where: { id: a.id }, include: agreementSnapshotInclude });
      expect(shown!.content).toEqual(buildAgreementSnapshot(stored));
    }
  });
});

describe("the migration 20261128100000_approval_serialization", () => {
  it("freezes agreements adopted before it, never a draft named as replaced, and frees stuck and doubled approvals", async () => {
    const scratch = await createScratchDatabase();
    const old = await openDatabase({ databaseUrl: scratch.url });
    try {
      const mine = "20261128100000_approval_serialization";
      await migrate(old.sql, readMigrations().filter((m) => m.name < mine));
      // The world before it, in SQL: today's Prisma client knows only today's schema.
      const insert = async (table: string, row: Record<string, unknown>) => {
        const columns = Object.keys(row);
        await old.sql.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
          Object.values(row),
        );
        return row.id as string;
      };
      const now = new Date();
      const record = (row: Record<string, unknown>) => ({ id: randomUUID(), updatedAt: now, ...row });
      const municipality = await insert("Municipality", record({ slug: "testkommun", name: "Testkommun" }));
      const area = await insert("PoliceArea", record({ slug: "lpo-test", name: "LPO Test" }));
      await insert("PoliceAreaMunicipality", { policeAreaId: area, municipalityId: municipality });
      const department = await insert("Organisation", record({ kind: "MUNICIPAL_DEPARTMENT", name: "Kommunledningen", municipalityId: municipality }));
      const policeOrg = await insert("Organisation", record({ kind: "POLICE_AREA", name: "LPO Test", policeAreaId: area }));
      const kommun = await insert("User", record({ email: "k@test", name: "K", role: "MUNICIPAL_OFFICIAL", organisationId: department, passwordHash: "x" }));
      const polis = await insert("User", record({ email: "p@test", name: "P", role: "POLICE_STAFF", organisationId: policeOrg, passwordHash: "x" }));
      const basis = await insert("BasisDocument", record({ municipalityId: municipality, title: "Lägesbild", publisher: "Polisen", year: 2024, url: null }));
      const agreement = async (title: string, status: "DRAFT" | "ACTIVE" | "EXPIRED" | "REPLACED", version: number) => {
        const id = await insert(
          "Agreement",
          record({ municipalityId: municipality, policeAreaId: area, title, periodStart: "2024-01-01", periodEnd: "2025-12-31", decisionDate: "2023-12-12", caseNumber: `KS-${title}`, status, version, aim: `Syfte för ${title}` }),
        );
        await insert("AgreementPriority", { id: randomUUID(), agreementId: id, position: 1, text: "Andra" });
        await insert("AgreementPriority", { id: randomUUID(), agreementId: id, position: 0, text: "Första" });
        await insert("AgreementSignatory", { id: randomUUID(), agreementId: id, position: 0, party: "POLICE", name: "Polischef", title: "Lokalpolisområdeschef" });
        await insert("AgreementBasisDocument", { agreementId: id, basisDocumentId: basis, position: 0 });
        return { id };
      };
      const approve = (link: { agreementId: string } | { promiseId: string }, version: number, party: Party, approvedAt = new Date()) =>
        insert("Approval", {
          id: randomUUID(),
          ...link,
          purpose: "agreementId" in link ? "ADOPT_AGREEMENT" : "PUBLISH_PROMISE",
          subjectVersion: version,
          party,
          userId: party === "POLICE" ? polis : kommun,
          approvedAt,
        });

      // Adopted through the portal: the adoption is in the history (version 2 approved, then adopted and activated).
      const adopted = await agreement("antaget", "ACTIVE", 4);
      const root = await insert("Goal", record({ agreementId: adopted.id, position: 0, title: "Fokusområde" }));
      await insert("Goal", record({ agreementId: adopted.id, parentId: root, position: 0, title: "Delmål", description: "Beskrivning" }));
      await approve({ agreementId: adopted.id }, 2, "MUNICIPALITY");
      await approve({ agreementId: adopted.id }, 2, "POLICE");
      await insert("AuditLog", { action: "agreement.adopt", entityType: "Agreement", entityId: adopted.id, entityVersion: 3, userId: polis, municipalityId: municipality });
      // Loaded as demo data: both parties stand behind the current version.
      const demo = await agreement("demo", "EXPIRED", 1);
      await approve({ agreementId: demo.id }, 1, "MUNICIPALITY");
      await approve({ agreementId: demo.id }, 1, "POLICE");
      // A draft that became "replaced" without ever being adopted.
      const neverAdopted = await agreement("utkast", "REPLACED", 2);
      // Approved by both in parallel, and stuck.
      const stuck = await agreement("fast", "DRAFT", 3);
      await approve({ agreementId: stuck.id }, 3, "MUNICIPALITY");
      await approve({ agreementId: stuck.id }, 3, "POLICE");
      // The same party twice.
      const doubled = await agreement("dubbel", "DRAFT", 1);
      const first = await approve({ agreementId: doubled.id }, 1, "MUNICIPALITY", new Date("2026-01-01T10:00:00Z"));
      await approve({ agreementId: doubled.id }, 1, "MUNICIPALITY", new Date("2026-01-01T10:00:01Z"));
      const stuckPromise = {
        id: await insert(
          "CitizenPromise",
          record({ municipalityId: municipality, policeAreaId: area, slug: "fast", title: "Fast", periodStart: "2026-01-01", periodEnd: "2026-12-31", focus: "PLACE", status: "AWAITING_APPROVAL", version: 2 }),
        ),
      };
      await approve({ promiseId: stuckPromise.id }, 2, "MUNICIPALITY");
      await approve({ promiseId: stuckPromise.id }, 2, "POLICE");

      const { applied } = await migrate(old.sql);
      const p = old.prisma;
      expect(applied).toEqual([mine, ...readMigrations().map((m) => m.name).filter((n) => n > mine)]);

      const publications = await p.agreementPublication.findMany();
      expect(publications.map((x) => x.agreementId).sort()).toEqual([adopted.id, demo.id].sort());
      for (const publication of publications) {
        const stored = await p.agreement.findUniqueOrThrow({ where: { id: publication.agreementId }, include: agreementSnapshotInclude });
        // The SQL makes exactly the shape the code makes.
        expect(publication.snapshot).toEqual(buildAgreementSnapshot(stored));
      }
      const frozen = publications.find((x) => x.agreementId === adopted.id)!;
      expect(frozen).toMatchObject({ agreementVersion: 2, adoptedById: polis });
      expect((frozen.snapshot as unknown as AgreementSnapshot)).toMatchObject({ priorities: ["Första", "Andra"], decisionDate: "2023-12-12", basisDocuments: [{ title: "Lägesbild", publisher: "Polisen", year: 2024, url: null }] });
      expect(publications.find((x) => x.agreementId === demo.id)).toMatchObject({ agreementVersion: 1, adoptedById: null });

      const standing = await p.approval.findMany({ where: { withdrawnAt: null } });
      expect(standing.filter((a) => a.agreementId === stuck.id || a.promiseId === stuckPromise.id)).toEqual([]);
      expect(standing.filter((a) => a.agreementId === doubled.id).map((a) => a.id)).toEqual([first]);
      expect(standing.filter((a) => a.agreementId === adopted.id || a.agreementId === demo.id)).toHaveLength(4);
      const history = await p.auditLog.findMany({ where: { action: { in: ["agreement.approvalsWithdrawn", "promise.approvalsWithdrawn"] } } });
      expect(history.map((h) => h.entityId).sort()).toEqual([stuck.id, stuckPromise.id].sort());
      expect((await p.agreement.findUniqueOrThrow({ where: { id: neverAdopted.id } })).status).toBe("REPLACED");
    } finally {
      await old.close();
      await scratch.drop();
    }
  }, 60_000);
});
