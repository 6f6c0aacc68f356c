import type { PrismaClient } from "@/generated/prisma/client";
import { agreementSnapshotInclude, buildAgreementSnapshot } from "@/lib/agreements/snapshot";
import { hashPassword } from "@/lib/auth/password";
import { buildPromiseSnapshot, snapshotInclude } from "@/lib/promises/snapshot";
import { syncChair } from "@/lib/forums/seats";
import { seedCycleDemo } from "./cycle-demo";
import * as demo from "./enkoping-demo";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Loads the Enköping demo when the database holds no municipality yet, in one
 * transaction. Refuses to run in production: demo passwords never reach a real database.
 */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<"seeded" | "skipped"> {
  if (process.env.PORTAL_ENV === "production") {
    throw new Error("The demo seed never runs with PORTAL_ENV=production.");
  }
  if ((await prisma.municipality.count()) > 0) return "skipped";
  const passwordHash = await hashPassword(demo.DEMO_PASSWORD);
  await prisma.$transaction((tx) => seedDemo(tx, passwordHash), { timeout: 60_000, maxWait: 30_000 });
  return "seeded";
}

async function seedDemo(tx: Tx, passwordHash: string) {
  const municipalities = new Map<string, string>();
  for (const m of demo.municipalities) {
    const created = await tx.municipality.create({ data: { slug: m.slug, name: m.name, code: m.code } });
    municipalities.set(m.key, created.id);
  }
  const enkoping = municipalities.get("enkoping")!;

  const area = await tx.policeArea.create({
    data: {
      ...demo.policeArea,
      municipalities: { create: [...municipalities.values()].map((municipalityId) => ({ municipalityId })) },
      // The coverage's history begins with it (src/lib/police-areas/mutations.ts keeps it from here on).
      coverage: { create: [...municipalities.values()].map((municipalityId) => ({ municipalityId })) },
    },
  });

  const orgs = new Map<demo.OrgKey, string>();
  for (const d of demo.departments) {
    const o = await tx.organisation.create({ data: { kind: "MUNICIPAL_DEPARTMENT", name: d.name, municipalityId: enkoping } });
    orgs.set(d.key, o.id);
  }
  for (const e of demo.externalOrganisations) {
    const o = await tx.organisation.create({
      data: { kind: "EXTERNAL", name: e.name, shortName: e.shortName, municipalityId: enkoping },
    });
    orgs.set(e.key, o.id);
  }
  const police = await tx.organisation.create({
    data: { kind: "POLICE_AREA", name: demo.policeArea.name, shortName: "Polisen", policeAreaId: area.id },
  });
  orgs.set("polis", police.id);

  const users = new Map<string, string>();
  for (const u of demo.users) {
    const created = await tx.user.create({
      data: { email: u.email, name: u.name, title: u.title, role: u.role, organisationId: orgs.get(u.org)!, passwordHash },
    });
    users.set(u.email, created.id);
  }
  const official = users.get("kommun@enkoping.demo")!;
  const officer = users.get("polis@enkoping.demo")!;

  const basis = new Map<string, string>();
  for (const b of demo.basisDocuments) {
    const created = await tx.basisDocument.create({
      data: { municipalityId: enkoping, title: b.title, publisher: b.publisher, year: b.year, createdById: official },
    });
    basis.set(b.key, created.id);
  }

  const agreementIds = new Map<string, string>();
  const goalIds = new Map<string, string[]>();
  for (const a of demo.agreements) {
    const agreement = await tx.agreement.create({
      data: {
        municipalityId: enkoping,
        policeAreaId: area.id,
        title: a.title,
        periodStart: day(a.periodStart),
        periodEnd: day(a.periodEnd),
        caseNumber: a.caseNumber,
        decisionBody: a.decisionBody,
        decisionParagraph: a.decisionParagraph,
        aim: a.aim,
        background: a.background,
        economy: a.economy,
        followUp: a.followUp,
        collaborationModel: a.collaborationModel,
        status: a.status,
        replacesId: a.replaces ? agreementIds.get(a.replaces) : undefined,
        createdById: official,
        updatedById: official,
        priorities: { create: a.priorities.map((text, position) => ({ text, position })) },
        signatories: { create: a.signatories.map((s, position) => ({ ...s, position })) },
        basisDocs: { create: a.basis.map((key, position) => ({ basisDocumentId: basis.get(key)!, position })) },
      },
    });
    agreementIds.set(a.key, agreement.id);
    goalIds.set(a.key, await createGoals(tx, agreement.id, null, a.goals, official));
    for (const [party, userId] of [["MUNICIPALITY", official], ["POLICE", officer]] as const) {
      await tx.approval.create({
        data: { purpose: "ADOPT_AGREEMENT", agreementId: agreement.id, subjectVersion: 1, party, userId },
      });
    }
    // What the public reads: the frozen copy both parties adopted, as approveAgreement makes it.
    const full = await tx.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: agreementSnapshotInclude });
    await tx.agreementPublication.create({
      data: {
        agreementId: agreement.id,
        agreementVersion: full.version,
        snapshot: buildAgreementSnapshot(full) as never,
        adoptedAt: day(a.periodStart),
        adoptedById: official,
      },
    });
  }

  const forumIds = new Map<string, string>();
  for (const f of demo.forums) {
    const forum = await tx.forum.create({
      data: {
        municipalityId: enkoping,
        policeAreaId: area.id,
        agreementId: agreementIds.get("2022"),
        level: f.level,
        name: f.name,
        purpose: f.purpose,
        cadence: f.cadence,
        reportsToText: f.reportsToText,
        parentId: f.parent ? forumIds.get(f.parent) : undefined,
        createdById: official,
      },
    });
    for (const [position, seat] of f.seats.entries()) {
      const userId = seat.email ? users.get(seat.email)! : null;
      const org = seat.org ?? demo.users.find((u) => u.email === seat.email)?.org;
      await tx.forumSeat.create({
        data: {
          forumId: forum.id,
          role: seat.role,
          represents: seat.represents,
          organisationId: org ? orgs.get(org)! : null,
          position,
          ...(userId ? { membership: { create: { forumId: forum.id, userId } } } : {}),
        },
      });
    }
    await syncChair(tx, forum.id);
    forumIds.set(f.key, forum.id);
  }

  const p = demo.promise;
  const agreementGoals = goalIds.get(p.agreement)!;
  const created = await tx.citizenPromise.create({
    data: {
      municipalityId: enkoping,
      policeAreaId: area.id,
      agreementId: agreementIds.get(p.agreement),
      slug: p.slug,
      title: p.title,
      periodStart: day(p.periodStart),
      periodEnd: day(p.periodEnd),
      focus: p.focus,
      targetGroup: p.targetGroup,
      targetGroupRationale: p.targetGroupRationale,
      background: p.background,
      citizenPerspective: p.citizenPerspective,
      criterionSafety: p.criteria.safety,
      criterionCrime: p.criteria.crime,
      criterionParticipation: p.criteria.participation,
      criterionTrust: p.criteria.trust,
      conclusion: p.conclusion,
      status: "COMPLETED",
      createdById: official,
      updatedById: official,
      signatories: { create: p.signatories.map((s, position) => ({ ...s, position })) },
      basisDocs: { create: p.basis.map((key, position) => ({ basisDocumentId: basis.get(key)!, position })) },
      goals: { create: p.goals.map((n) => ({ goalId: agreementGoals[n - 1]! })) },
      activities: {
        create: p.activities.map((a, position) => ({
          position,
          title: a.title,
          scope: a.scope,
          timing: a.timing,
          responsible: a.responsible,
          followUp: a.followUp,
          evaluation: a.evaluation,
          status: "DONE",
          goalId: agreementGoals[a.goal - 1],
          createdById: official,
          responsibleOrgs: { create: a.orgs.map((key) => ({ organisationId: orgs.get(key)! })) },
        })),
      },
    },
  });

  for (const d of demo.dialogues) {
    await tx.citizenDialogue.create({
      data: {
        municipalityId: enkoping,
        title: d.title,
        startsAt: new Date(d.startsAt),
        place: d.place,
        format: d.format,
        participantCount: d.participantCount,
        themes: d.themes,
        announced: d.announced,
        createdById: official,
        promises: d.promise ? { create: [{ promiseId: created.id }] } : undefined,
      },
    });
  }

  for (const [party, userId] of [["MUNICIPALITY", official], ["POLICE", officer]] as const) {
    await tx.approval.create({ data: { purpose: "PUBLISH_PROMISE", promiseId: created.id, subjectVersion: 1, party, userId } });
  }
  const full = await tx.citizenPromise.findUniqueOrThrow({ where: { id: created.id }, include: snapshotInclude });
  await tx.promisePublication.create({
    data: {
      promiseId: created.id,
      promiseVersion: full.version,
      snapshot: buildPromiseSnapshot(full) as never,
      publishedAt: day(p.periodStart),
      publishedById: official,
    },
  });

  await seedCycleDemo(tx, {
    municipalityId: enkoping,
    agreementId: agreementIds.get("2022")!,
    goalIds: goalIds.get("2022")!,
    official,
    officer,
    orgs: { social: orgs.get("social")!, upplevelse: orgs.get("upplevelse")!, ehb: orgs.get("ehb")!, polis: orgs.get("polis")! },
  });

  await tx.auditLog.create({
    data: { action: "demo.seed", entityType: "Municipality", entityId: enkoping, municipalityId: enkoping },
  });
}

async function createGoals(
  tx: Tx,
  agreementId: string,
  parentId: string | null,
  goals: demo.DemoGoal[],
  userId: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [position, g] of goals.entries()) {
    const goal = await tx.goal.create({
      data: { agreementId, parentId, position, title: g.title, description: g.description ?? "", createdById: userId },
    });
    ids.push(goal.id);
    if (g.children) await createGoals(tx, agreementId, goal.id, g.children, userId);
  }
  return ids;
}
