// The dashboard's and the report's figures on a small world of our own, where every figure
// is known: each role's view, the report equal to the dashboard, and who sees what.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { spansMunicipalities } from "@/lib/auth/scope";
import { database, db } from "@/lib/db";
import { currentAgreementFigures, countRows } from "@/lib/dashboard/figures";
import { overviewData } from "@/lib/dashboard/overview";
import { WORK_PAGE_SIZE, awaitingMyApproval, myOpenItems, type WaitingRecord } from "@/lib/dashboard/queries";
import { followUpsDue, forumWork, myPlanRows, nationalOverview, nextMeetings, recentChanges } from "@/lib/dashboard/work";
import { periodStartOf } from "@/lib/activities/periods";
import { findActor } from "@/lib/users/actor-query";
import { agreementReport, defaultReportPeriod, parseReportPeriod, reportForAddress } from "@/lib/reports/agreement-report";
import { REPORT_CSV_COLUMNS, reportCsv, reportPdf } from "@/lib/reports/export";
import { countQueries } from "./helpers/count-queries";
import { demoActor, otherMunicipality } from "./helpers/world";

const DAY = 86_400_000;
const today = new Date();
const yesterday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DAY);
const nextYear = new Date(Date.UTC(today.getUTCFullYear() + 1, 5, 1));
const tertial = periodStartOf("TERTIAL", today);

let world: Awaited<ReturnType<typeof otherMunicipality>>;
let official: Actor, police: Actor, admin: Actor;
let agreementId: string, planId: string, promiseId: string;
const rowIds: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  world = await otherMunicipality();
  admin = await demoActor("admin@samverkan.demo");
  const tag = randomUUID().slice(0, 6);
  const period = { periodStart: new Date(Date.UTC(today.getUTCFullYear() - 1, 0, 1)), periodEnd: new Date(Date.UTC(today.getUTCFullYear() + 2, 11, 31)) };
  const agreement = await prisma.agreement.create({ data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, title: `Avtal ${tag}`, status: "ACTIVE", ...period } });
  agreementId = agreement.id;
  const focusA = await prisma.goal.create({ data: { agreementId, position: 1, title: "A. Trygg stadskärna" } });
  const subA = await prisma.goal.create({ data: { agreementId, parentId: focusA.id, position: 1, title: "A1. Färre rån" } });
  const focusB = await prisma.goal.create({ data: { agreementId, position: 2, title: "B. Unga" } });
  const plan = await prisma.actionPlan.create({ data: { agreementId, title: `Åtgärdsplan ${tag}`, status: "ADOPTED", ...period } });
  planId = plan.id;
  const draft = await prisma.actionPlan.create({ data: { agreementId, title: `Utkast ${tag}`, status: "DRAFT", ...period } });
  const org = world.official.organisation.id;
  const row = async (key: string, data: Record<string, unknown>, followUp?: { status: "DONE" | "ONGOING" | "DEVIATING"; rating?: "RED"; comment?: string; counted?: number }) => {
    const a = await prisma.activity.create({
      data: { position: Object.keys(rowIds).length + 1, title: `Rad ${key}`, ...data, ...(key.startsWith("r") && key !== "rDraft" ? { actionPlanId: planId } : {}) } as never,
    });
    rowIds[key] = a.id;
    if (followUp) {
      await prisma.activityFollowUp.create({
        data: {
          activityId: a.id,
          periodType: "TERTIAL",
          periodStart: tertial,
          status: followUp.status,
          rating: followUp.rating ?? null,
          comment: followUp.comment ?? "",
          createdById: world.official.id,
          figures: followUp.counted ? { create: [{ label: "kurser", value: followUp.counted, countsTowardsTarget: true }] } : undefined,
        },
      });
    }
  };
  await row("r1", { goalId: focusA.id, status: "DONE", targetValue: 4, targetUnit: "kurser" }, { status: "DONE", counted: 4 });
  await row("r2", { goalId: subA.id, status: "ONGOING", dueOn: yesterday, responsibleOrgs: { create: [{ organisationId: org }] } }, { status: "ONGOING" });
  await row("r3", { goalId: focusB.id, status: "DEVIATING", rating: "RED" }, { status: "DEVIATING", rating: "RED", comment: "Ingen lokal" });
  await row("r4", { goalId: focusB.id, responsibleOrgs: { create: [{ organisationId: org }] } });
  await row("r5", { goalId: focusB.id, status: "ONGOING", dueOn: nextYear, responsibleOrgs: { create: [{ organisationId: org }] } }, { status: "ONGOING" });
  await row("r6", { goalId: focusB.id, status: "CANCELLED" });
  await row("rDraft", { goalId: focusA.id, actionPlanId: draft.id, responsibleOrgs: { create: [{ organisationId: org }] } });
  const promise = await prisma.citizenPromise.create({
    data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, agreementId, slug: `lofte-${tag}`, title: `Löfte ${tag}`, focus: "PLACE", status: "PUBLISHED", ...period },
  });
  promiseId = promise.id;
  await row("p1", { promiseId, goalId: focusA.id, status: "ONGOING" }, { status: "ONGOING" });
  await row("p2", { promiseId });
  // Waiting for both parties: nobody has approved these yet.
  await prisma.citizenPromise.create({
    data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, slug: `vantar-${tag}`, title: `Väntande löfte ${tag}`, focus: "PLACE", status: "AWAITING_APPROVAL", ...period },
  });
  await prisma.agreement.create({ data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, title: `Nytt avtal ${tag}`, status: "IN_PREPARATION", ...period } });
  // A forum of the official's, with a meeting ahead, a late item and a situational picture.
  const forum = await prisma.forum.create({ data: { municipalityId: world.municipality.id, level: "OPERATIVE", name: `Forum ${tag}` } });
  const seat = await prisma.forumSeat.create({ data: { forumId: forum.id, role: "MEMBER" } });
  await prisma.forumMembership.create({ data: { forumId: forum.id, userId: world.official.id, seatId: seat.id } });
  await prisma.meeting.create({ data: { forumId: forum.id, startsAt: new Date(today.getTime() + 7 * DAY), location: "Stadshuset" } });
  await prisma.meeting.create({ data: { forumId: forum.id, startsAt: new Date(today.getTime() - 7 * DAY), status: "HELD" } });
  await prisma.actionItem.create({ data: { forumId: forum.id, title: `Sena åtgärden ${tag}`, dueOn: yesterday, goalId: focusB.id } });
  await prisma.actionItem.create({ data: { forumId: forum.id, title: `Klar åtgärd ${tag}`, dueOn: yesterday, status: "DONE" } });
  await prisma.situationalPicture.create({ data: { forumId: forum.id, weekOf: new Date(Date.UTC(2026, 0, 5)), summary: "Lugnt." } });
  await prisma.situationalPicture.create({ data: { forumId: forum.id, weekOf: new Date(Date.UTC(2026, 0, 12)), summary: "Oro vid stationen.", entries: { create: [{ position: 1, theme: "Stök", summary: "Kvällstid" }] } } });
  await prisma.auditLog.create({ data: { action: "promise.update", entityType: "CitizenPromise", entityId: promiseId, municipalityId: world.municipality.id, userId: world.official.id } });
  await prisma.auditLog.create({ data: { action: "forum.update", entityType: "Forum", entityId: forum.id, municipalityId: world.municipality.id, userId: world.official.id } });
  official = (await findActor(world.official.id))!;
  police = world.police;
});
afterAll(async () => (await database()).close());

const expectedTotals = { done: 1, onTrack: 2, deviating: 1, late: 1, notReported: 2, cancelled: 1, total: 7 };

const ofKind = (waiting: Awaited<ReturnType<typeof awaitingMyApproval>>, kind: WaitingRecord["kind"]) => waiting.rows.filter((r) => r.kind === kind);

describe("the dashboard's figures", () => {
  it("counts the official's current agreement by state, focus area and plan or promise", async () => {
    const [item, ...rest] = await currentAgreementFigures(official, official.municipalityIds, today);
    expect(rest).toEqual([]);
    expect(item!.agreement.id).toBe(agreementId);
    const f = item!.figures;
    expect(f.totals).toEqual(expectedTotals);
    expect(f.byFocus.map((x) => [x.title, x.counts])).toEqual([
      ["A. Trygg stadskärna", { done: 1, onTrack: 1, deviating: 0, late: 1, notReported: 0, cancelled: 0, total: 3 }],
      ["B. Unga", { done: 0, onTrack: 1, deviating: 1, late: 0, notReported: 1, cancelled: 1, total: 3 }],
      [null, { done: 0, onTrack: 0, deviating: 0, late: 0, notReported: 1, cancelled: 0, total: 1 }],
    ]);
    expect(f.byOwner.map((o) => [o.kind, o.id, o.counts.total])).toEqual([["plan", planId, 5], ["promise", promiseId, 2]]);
    expect(f.lastReportedAt).not.toBeNull();
  });

  it("gives police staff the same figures for every municipality of their area, and nobody else's", async () => {
    const items = await currentAgreementFigures(police, police.municipalityIds, today);
    expect(items.map((i) => [i.agreement.id, i.figures.totals])).toEqual([[agreementId, expectedTotals]]);
    const enkopingOfficial = await demoActor("kommun@enkoping.demo");
    expect((await currentAgreementFigures(enkopingOfficial, world.police.municipalityIds, today)).length).toBe(0);
    const forumMember = await demoActor("forum@enkoping.demo");
    expect(await currentAgreementFigures(forumMember, world.police.municipalityIds, today)).toEqual([]);
  });

  it("lists the official's own rows due first, late marked, and the follow-ups due this tertial", async () => {
    const mine = await myPlanRows(official, today);
    expect(mine.total).toBe(3);
    expect(mine.rows.map((r) => [r.id, r.late])).toEqual([[rowIds.r2, true], [rowIds.r5, false], [rowIds.r4, false]]);
    const due = await followUpsDue(official, today);
    expect(due.period.start).toEqual(tertial);
    expect(due.total).toBe(1);
    expect(due.rows[0]).toMatchObject({ id: rowIds.r4, reportHref: `/atgardsplaner/${planId}/atgarder/${rowIds.r4}/uppfoljning` });
  });

  it("counts a follow-up for the year, the delår or a half-year as reported for the tertial it covers", async () => {
    const prisma = await db();
    const place = await otherMunicipality();
    const span = { periodStart: new Date("2025-01-01"), periodEnd: new Date("2027-12-31") };
    const agreement = await prisma.agreement.create({ data: { municipalityId: place.municipality.id, policeAreaId: place.area.id, title: "Avtal", status: "ACTIVE", ...span } });
    const plan = await prisma.actionPlan.create({ data: { agreementId: agreement.id, title: "Plan", status: "ADOPTED", ...span } });
    const rows: Record<string, string> = {};
    const reported: [string, "YEAR" | "INTERIM" | "HALF_YEAR" | "MONTH" | null, string][] = [
      ["Helår 2026", "YEAR", "2026-01-01"],
      ["Helår 2025", "YEAR", "2025-01-01"],
      ["Delår 2026", "INTERIM", "2026-01-01"],
      ["Halvår 1 2026", "HALF_YEAR", "2026-01-01"],
      ["Halvår 2 2026", "HALF_YEAR", "2026-07-01"],
      ["September 2026", "MONTH", "2026-09-01"],
      ["Ingen uppföljning", null, ""],
    ];
    for (const [title, periodType, start] of reported) {
      const row = await prisma.activity.create({
        data: { actionPlanId: plan.id, position: Object.keys(rows).length, title, status: "ONGOING", responsibleOrgs: { create: [{ organisationId: place.official.organisation.id }] } },
      });
      rows[title] = row.id;
      if (periodType) await prisma.activityFollowUp.create({ data: { activityId: row.id, periodType, periodStart: new Date(start), status: "ONGOING" } });
    }
    const dueTitles = async (day: string) => (await followUpsDue(place.official, new Date(day))).rows.map((r) => r.title);
    // September–December 2026: the year and the second half-year cover it; the delår and the first half-year end before it.
    expect(await dueTitles("2026-10-15")).toEqual(["Delår 2026", "Halvår 1 2026", "Helår 2025", "Ingen uppföljning"]);
    // January–April 2026: the year, the delår and the first half-year cover it.
    expect(await dueTitles("2026-02-15")).toEqual(["Helår 2025", "Ingen uppföljning"]);
  });

  it("reads the official's own rows a page at a time, the total the same on every page", async () => {
    const first = await myPlanRows(official, today, 1);
    expect([first.page, first.pageCount, first.pageSize]).toEqual([1, 1, WORK_PAGE_SIZE]);
    // An address past the end (an old bookmark) shows the last page, not "you have none".
    const beyond = await myPlanRows(official, today, 2);
    expect([beyond.rows, beyond.total, beyond.page]).toEqual([first.rows, 3, 1]);
    expect((await myOpenItems(official, 2)).rows).toEqual((await myOpenItems(official, 1)).rows);
    expect((await myOpenItems(official, 1)).total).toBe((await myOpenItems(official, 1)).rows.length);
  });

  it("shows records nobody has approved yet as waiting for both parties", async () => {
    for (const actor of [official, police]) {
      const waiting = await awaitingMyApproval(actor);
      expect(ofKind(waiting, "CitizenPromise").map((p) => p.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Väntande löfte/)]));
      expect(ofKind(waiting, "Agreement").map((a) => a.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Nytt avtal/)]));
    }
  });

  it("names each waiting record's municipality, read in the same query, for those who see several municipalities", async () => {
    // Two municipalities of one police area, each with a promise of the same title waiting for approval.
    const prisma = await db();
    const tag = randomUUID().slice(0, 6);
    const neighbour = await prisma.municipality.create({ data: { slug: `grannby-${tag}`, name: `Grannby ${tag}` } });
    await prisma.policeAreaMunicipality.create({ data: { policeAreaId: world.area.id, municipalityId: neighbour.id } });
    const title = `Trygg skolväg ${tag}`;
    const period = { periodStart: new Date(Date.UTC(today.getUTCFullYear(), 0, 1)), periodEnd: new Date(Date.UTC(today.getUTCFullYear() + 1, 11, 31)) };
    for (const m of [world.municipality, neighbour]) {
      await prisma.citizenPromise.create({ data: { municipalityId: m.id, policeAreaId: world.area.id, slug: `skolvag-${tag}`, title, focus: "PLACE", status: "AWAITING_APPROVAL", ...period } });
    }
    const plan = await prisma.actionPlan.create({ data: { agreementId, title: `Plan att godkänna ${tag}`, status: "DRAFT", version: 1, ...period } });
    await prisma.approval.create({ data: { purpose: "ADOPT_ACTION_PLAN", actionPlanId: plan.id, subjectVersion: 1, party: "MUNICIPALITY", userId: world.official.id } });

    for (const actor of [police, admin]) {
      expect(spansMunicipalities(actor)).toBe(true);
      const { queries, result: waiting } = await countQueries(() => awaitingMyApproval(actor));
      // The page and the total, whatever the number of records.
      expect(queries).toBe(2);
      expect(ofKind(waiting, "CitizenPromise").filter((p) => p.title === title).map((p) => p.municipality).sort()).toEqual([world.municipality.name, neighbour.name].sort());
      expect(ofKind(waiting, "Agreement").find((a) => a.title.startsWith("Nytt avtal"))?.municipality).toBe(world.municipality.name);
      if (actor === police) expect(ofKind(waiting, "ActionPlan").map((p) => [p.title, p.municipality])).toEqual([[plan.title, world.municipality.name]]);
    }
    // The plan the municipality approved waits for the police, not for the municipality's own party.
    expect(ofKind(await awaitingMyApproval(official), "ActionPlan").map((p) => p.id)).not.toContain(plan.id);
    // An official of one municipality sees only its own records: no municipality beside each.
    expect(spansMunicipalities(official)).toBe(false);
    expect(ofKind(await awaitingMyApproval(official), "CitizenPromise").map((p) => p.municipality)).toEqual(expect.arrayContaining([world.municipality.name]));
    expect(ofKind(await awaitingMyApproval(official), "CitizenPromise").map((p) => p.municipality)).not.toContain(neighbour.name);
  });

  it("shows a published promise changed since its publication as waiting for both parties, until each approves the change", async () => {
    const prisma = await db();
    const tag = randomUUID().slice(0, 6);
    const period = { periodStart: new Date(Date.UTC(today.getUTCFullYear(), 0, 1)), periodEnd: new Date(Date.UTC(today.getUTCFullYear() + 1, 11, 31)) };
    const promise = await prisma.citizenPromise.create({
      data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, slug: `andrad-${tag}`, title: `Ändrat löfte ${tag}`, focus: "PLACE", status: "PUBLISHED", version: 1, ...period },
    });
    await prisma.promisePublication.create({ data: { promiseId: promise.id, promiseVersion: 1, snapshot: {} } });
    for (const [party, userId] of [["MUNICIPALITY", world.official.id], ["POLICE", police.id]] as const) {
      await prisma.approval.create({ data: { purpose: "PUBLISH_PROMISE", promiseId: promise.id, subjectVersion: 1, party, userId } });
    }
    const waitingFor = async (actor: Actor) => ofKind(await awaitingMyApproval(actor), "CitizenPromise").some((p) => p.id === promise.id);
    // Published as both approved it: nothing waits.
    expect([await waitingFor(official), await waitingFor(police)]).toEqual([false, false]);

    // An edit: a new version, the approvals withdrawn.
    await prisma.citizenPromise.update({ where: { id: promise.id }, data: { version: 2 } });
    await prisma.approval.updateMany({ where: { promiseId: promise.id }, data: { withdrawnAt: new Date() } });
    expect([await waitingFor(official), await waitingFor(police)]).toEqual([true, true]);

    // The police approve the change: it waits for the municipality only.
    await prisma.approval.create({ data: { purpose: "PUBLISH_PROMISE", promiseId: promise.id, subjectVersion: 2, party: "POLICE", userId: police.id } });
    expect([await waitingFor(official), await waitingFor(police)]).toEqual([true, false]);
    // The national view below counts this municipality's published promises.
    await prisma.approval.deleteMany({ where: { promiseId: promise.id } });
    await prisma.citizenPromise.delete({ where: { id: promise.id } });
  });

  it("lists every record waiting for approval a page at a time, latest changed first, with the total", async () => {
    const prisma = await db();
    const tag = randomUUID().slice(0, 6);
    const period = { periodStart: new Date(Date.UTC(today.getUTCFullYear(), 0, 1)), periodEnd: new Date(Date.UTC(today.getUTCFullYear() + 1, 11, 31)) };
    const before = (await awaitingMyApproval(police)).total;
    const count = WORK_PAGE_SIZE + 5;
    for (let i = 0; i < count; i++) {
      await prisma.citizenPromise.create({
        data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, slug: `vantar-${tag}-${i}`, title: `Väntar ${tag} ${i}`, focus: "PLACE", status: "AWAITING_APPROVAL", updatedAt: new Date(Date.now() + 60_000 + i * 1000), ...period },
      });
    }
    const first = await awaitingMyApproval(police, 1);
    expect(first.total).toBe(before + count);
    expect(first.rows).toHaveLength(WORK_PAGE_SIZE);
    // The latest changed first: the last one made leads the list.
    expect(first.rows.slice(0, 3).map((r) => r.title)).toEqual([`Väntar ${tag} ${count - 1}`, `Väntar ${tag} ${count - 2}`, `Väntar ${tag} ${count - 3}`]);
    const second = await awaitingMyApproval(police, 2);
    expect(second.rows.map((r) => r.title)).toEqual(expect.arrayContaining([`Väntar ${tag} 0`]));
    // No record is on two pages.
    expect(second.rows.filter((r) => first.rows.some((f) => f.id === r.id))).toEqual([]);
  });

  it("shows the forum's next meeting, open items and latest situational picture", async () => {
    const meetings = await nextMeetings(official, today);
    expect(meetings.map((x) => x.location)).toEqual(["Stadshuset"]);
    const work = await forumWork(official, today);
    expect([work.total, work.late]).toEqual([1, 1]);
    expect(work.pictures.map((p) => [p.summary, p.entries])).toEqual([["Oro vid stationen.", 1]]);
  });

  it("shows recent changes to joint records, never forum records", async () => {
    const changes = await recentChanges(official);
    expect(changes.map((c) => c.entityType)).toContain("CitizenPromise");
    expect(changes.map((c) => c.entityType)).not.toContain("Forum");
  });

  it("names each recent change's record, a follow-up by its row, period and plan, with who changed it, in one statement", async () => {
    const prisma = await db();
    const followUp = await prisma.activityFollowUp.findFirstOrThrow({ where: { activityId: rowIds.r1 }, select: { id: true } });
    const goal = await prisma.goal.create({ data: { agreementId, position: 9, title: "C. Till att tas bort" } });
    await prisma.goal.delete({ where: { id: goal.id } });
    const log = (entityType: string, entityId: string, action: string, changes: object) =>
      prisma.auditLog.create({ data: { action, entityType, entityId, municipalityId: world.municipality.id, userId: world.police.id, changes } });
    await log("Goal", goal.id, "goal.delete", { title: { from: "C. Till att tas bort", to: null } });
    await log("Activity", "not-a-record-id", "activity.update", { title: { from: "a", to: "b" } });
    await log("Agreement", agreementId, "agreement.update", { aim: { from: "", to: "Tryggare" } });
    await log("ActivityFollowUp", followUp.id, "followUp.update", { periodStart: { from: null, to: tertial.toISOString() }, status: { from: "ONGOING", to: "DONE" }, internalThing: { from: 1, to: 2 } });

    const { queries, result: changes } = await countQueries(() => recentChanges(official));
    expect(queries).toBe(1);

    const [latest, agreementChange, notARecord, deletedGoal] = changes;
    expect(latest).toMatchObject({
      entityType: "ActivityFollowUp",
      action: "followUp.update",
      title: "Rad r1",
      gone: false,
      context: expect.stringMatching(/^Åtgärdsplan /),
      period: { type: "TERTIAL", start: tertial },
      href: `/atgardsplaner/${planId}/atgarder/${rowIds.r1}/uppfoljning`,
      by: world.police.name,
      municipality: world.municipality.name,
    });
    // As the code named them (jsonb keeps them in its own order): the page names them through the catalogue.
    expect([...latest!.fields].sort()).toEqual(["internalThing", "periodStart", "status"]);
    expect(agreementChange).toMatchObject({ entityType: "Agreement", title: expect.stringMatching(/^Avtal /), href: `/avtal/${agreementId}`, gone: false });
    // An id that names no record names nothing; a record since deleted keeps the title its entry recorded.
    expect(notARecord).toMatchObject({ entityType: "Activity", title: "b", gone: true, href: null });
    expect(deletedGoal).toMatchObject({ entityType: "Goal", title: "C. Till att tas bort", gone: true, href: null, context: null });
    // Police staff read the same, with the municipality to tell their municipalities apart.
    expect((await recentChanges(police))[0]).toMatchObject({ title: "Rad r1", municipality: world.municipality.name });
  });

  it("gives the administrator every municipality with how current it is, a page at a time", async () => {
    const first = await nationalOverview(admin, 1, today);
    let row = first.rows.find((r) => r.id === world.municipality.id);
    for (let page = 2; !row && page <= first.pageCount; page++) row = (await nationalOverview(admin, page, today)).rows.find((r) => r.id === world.municipality.id);
    expect(row).toMatchObject({ publishedPromises: 1, planRows: 5, lateRows: 1, analysisAsOf: null });
    expect(row!.lastFollowUpAt).not.toBeNull();
    expect(row!.cycle.find((c) => c.key === "analysis")!.state).toBe("OVERDUE");
    expect((await nationalOverview(official, 1, today)).rows).toEqual([]);
  });

  it("shows the administrator the last page of municipalities, not an empty one, for a page past the end", async () => {
    const pastTheEnd = await nationalOverview(admin, 99, today);
    const last = await nationalOverview(admin, pastTheEnd.pageCount, today);
    expect(pastTheEnd.page).toBe(last.pageCount);
    expect(pastTheEnd.rows.length).toBeGreaterThan(0);
    expect(pastTheEnd.rows.map((r) => r.name)).toEqual(last.rows.map((r) => r.name));
  });
});

describe("a measure due when its plan ends", () => {
  it("is late in the official's own rows and among the measures needing attention alike, and in neither once done", async () => {
    const prisma = await db();
    const place = await otherMunicipality();
    // Like the demo's 2024–2025 plan: ended last year, its measures without a date of their own.
    const span = { periodStart: new Date(Date.UTC(today.getUTCFullYear() - 2, 0, 1)), periodEnd: new Date(Date.UTC(today.getUTCFullYear() - 1, 11, 31)) };
    const agreement = await prisma.agreement.create({ data: { municipalityId: place.municipality.id, policeAreaId: place.area.id, title: "Avtal", status: "ACTIVE", ...span } });
    const plan = await prisma.actionPlan.create({ data: { agreementId: agreement.id, title: "Åtgärdsplan", status: "ADOPTED", ...span } });
    const measure = async (title: string, latest: { status: "ONGOING" | "DONE"; rating: "GREEN" | "RED" }) => {
      const row = await prisma.activity.create({
        data: { actionPlanId: plan.id, position: 0, title, ...latest, responsibleOrgs: { create: [{ organisationId: place.official.organisation.id }] } },
      });
      const lastTertial = new Date(Date.UTC(today.getUTCFullYear() - 1, 8, 1));
      await prisma.activityFollowUp.create({ data: { activityId: row.id, periodType: "TERTIAL", periodStart: lastTertial, ...latest, createdById: place.official.id } });
      return row.id;
    };
    const going = await measure("Trygghetsvandringar", { status: "ONGOING", rating: "GREEN" });
    // Its last follow-up says done, though rated red: finished, it needs nobody's attention.
    await measure("Gemensam lägesbild varje tertial", { status: "DONE", rating: "RED" });

    const overview = await overviewData(place.official, { national: 1, items: 1, rows: 1, due: 1, waiting: 1, attention: 1 }, today);
    expect(overview.planRows.rows.map((r) => [r.id, r.due, r.late])).toEqual([[going, span.periodEnd, true]]);
    expect(overview.attention!.rows.map((r) => [r.id, r.due, r.late])).toEqual([[going, span.periodEnd, true]]);
    expect(overview.attention!.total).toBe(1);
  });
});

describe("the agreement report", () => {
  it("has the dashboard's figures, per focus area and in total, and the period's follow-ups", async () => {
    const report = (await agreementReport(official, agreementId, defaultReportPeriod(today), today))!;
    const [dashboard] = await currentAgreementFigures(official, official.municipalityIds, today);
    expect(report.totals).toEqual(dashboard!.figures.totals);
    expect(countRows(report.rows)).toEqual(dashboard!.figures.totals);
    for (const focus of report.focusAreas) {
      expect(countRows(focus.rows), focus.title ?? "no goal").toEqual(focus.counts);
      expect(focus.counts).toEqual(dashboard!.figures.byFocus.find((f) => f.id === focus.id)!.counts);
    }
    const r1 = report.rows.find((r) => r.id === rowIds.r1)!;
    expect([r1.target, r1.achievedInPeriod, r1.achievedToDate]).toEqual([4, 4, 4]);
    expect(report.deviations.map((r) => r.id)).toEqual([rowIds.r3]);
    expect(report.deviations[0]!.periodFollowUps[0]!.comment).toBe("Ingen lokal");
    expect(report.reports.length).toBe(5);
    expect(report.reports.every((x) => x.reportedBy?.startsWith(world.official.name))).toBe(true);
    // The page's summary of who reported: one reporter, all five follow-ups, first and latest of them.
    const times = report.reports.map((x) => x.reportedAt.getTime());
    expect(report.reporters).toEqual([
      { reportedBy: report.reports[0]!.reportedBy, followUps: 5, rows: new Set(report.reports.map((x) => x.rowId)).size, first: new Date(Math.min(...times)), latest: new Date(Math.max(...times)) },
    ]);
    // The official's forum's item about focus area B.
    expect(report.focusAreas.find((f) => f.title === "B. Unga")!.items.map((i) => i.title)).toEqual([expect.stringMatching(/^Sena åtgärden/)]);
    expect(report.rows.map((r) => r.id)).not.toContain(rowIds.rDraft);
  });

  it("reads an earlier period without its later follow-ups, and is not found out of scope", async () => {
    const earlier = parseReportPeriod(`${today.getUTCFullYear() - 1}`)!;
    const report = (await agreementReport(official, agreementId, earlier, today))!;
    expect(report.reports).toEqual([]);
    expect(report.totals).toEqual(expectedTotals);
    expect(await agreementReport(await demoActor("kommun@enkoping.demo"), agreementId, earlier, today)).toBeNull();
    expect(await agreementReport(await demoActor("forum@enkoping.demo"), agreementId, earlier, today)).toBeNull();
  });

  it("reports the period the address asks for, on the page and in its downloads alike, and none for a period that is not one", async () => {
    expect((await reportForAddress(official, agreementId, undefined, today))!.period).toEqual(defaultReportPeriod(today));
    expect((await reportForAddress(official, agreementId, "", today))!.period).toEqual(defaultReportPeriod(today));
    // A year after the agreement's: its plans may be followed up then.
    const later = `${today.getUTCFullYear() + 5}`;
    expect((await reportForAddress(official, agreementId, later, today))!.period.key).toBe(later);
    expect((await reportForAddress(official, agreementId, [later, "x"], today))!.period.key).toBe(later);
    for (const bad of ["T4-2026", "x", "2026-T2"]) expect(await reportForAddress(official, agreementId, bad, today), bad).toBeNull();
    expect(await reportForAddress(await demoActor("kommun@enkoping.demo"), agreementId, later, today)).toBeNull();
  });

  it("downloads as CSV with the same states, formula-like text neutralised, and as a PDF", async () => {
    const prisma = await db();
    await prisma.activity.update({ where: { id: rowIds.r4 }, data: { title: "=HYPERLINK(\"x\")" } });
    const report = (await agreementReport(official, agreementId, defaultReportPeriod(today), today))!;
    const csv = reportCsv(report);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(REPORT_CSV_COLUMNS.join(","));
    expect(lines.length - 1).toBe(8);
    expect(csv).toContain(`'=HYPERLINK`);
    const stateColumn = REPORT_CSV_COLUMNS.indexOf("state");
    const states = lines.slice(1).map((l) => l.split(",")[stateColumn]);
    expect(states.filter((s) => s === "late").length).toBe(expectedTotals.late);
    const pdf = await reportPdf(report, "sv");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("opens the demo agreement's report on its action plan's follow-ups, and offers the plan's years", async () => {
    // The agreement is of 2022–2023; its action plan, of 2024–2025, was followed up in autumn 2024 (src/lib/db/seed/cycle-demo.ts).
    const prisma = await db();
    const demo = await prisma.agreement.findFirstOrThrow({ where: { title: "Samverkansavtal 2022–2023: Enköping – en trygg och säker kommun" }, select: { id: true } });
    const enkopingOfficial = await demoActor("kommun@enkoping.demo");
    const onDay = new Date(Date.UTC(2026, 10, 28));
    const report = (await reportForAddress(enkopingOfficial, demo.id, undefined, onDay))!;
    expect(report.period.key).toBe("T3-2024");
    expect(report.reports.map((r) => r.row).sort()).toEqual(["Gemensam lägesbild varje tertial i Tryggare Enköping", "Trygghetsvandringar på Västerleden"]);
    const offered = report.periodChoices.map((p) => p.key);
    for (const key of ["T1-2022", "2023", "T3-2024", "D2-2025", "2025"]) expect(offered, key).toContain(key);
    expect(offered).not.toContain("2026");
    // A period asked for is still the one shown, and one that is none is still not found.
    expect((await reportForAddress(enkopingOfficial, demo.id, "T2-2023", onDay))!.period.key).toBe("T2-2023");
    expect(await reportForAddress(enkopingOfficial, demo.id, "T4-2024", onDay)).toBeNull();
  });

  it("parses only the periods it knows", () => {
    expect(parseReportPeriod("T2-2026")).toMatchObject({ type: "TERTIAL", start: new Date(Date.UTC(2026, 4, 1)), end: new Date(Date.UTC(2026, 8, 1)) });
    expect(parseReportPeriod("D2-2026")).toMatchObject({ type: "INTERIM", end: new Date(Date.UTC(2026, 8, 1)) });
    expect(parseReportPeriod("2026")).toMatchObject({ type: "YEAR", end: new Date(Date.UTC(2027, 0, 1)) });
    for (const bad of ["T4-2026", "x", "", "D1-2026", "20266"]) expect(parseReportPeriod(bad)).toBeNull();
  });
});

describe("the overview and the report, kept while nothing is written", () => {
  const pages = { national: 1, items: 1, rows: 1, due: 1, waiting: 1, attention: 1 };

  it("reads once while the database is unchanged, and shows a follow-up in the very next read", async () => {
    // Autovacuum may write between two reads; the overview is then read again, as it should be.
    let same = false;
    for (let attempt = 0; attempt < 5 && !same; attempt++) same = (await overviewData(official, pages, today)) === (await overviewData(official, pages, today));
    expect(same).toBe(true);

    const before = await overviewData(official, pages, today);
    expect(before.due.rows.map((r) => r.id)).toEqual([rowIds.r4]);
    const prisma = await db();
    const followUp = await prisma.activityFollowUp.create({
      data: { activityId: rowIds.r4!, periodType: "TERTIAL", periodStart: tertial, status: "ONGOING", comment: "", createdById: world.official.id },
    });
    const reportWith = (await agreementReport(official, agreementId, defaultReportPeriod(today), today))!;
    expect((await overviewData(official, pages, today)).due.total).toBe(0);

    await prisma.activityFollowUp.delete({ where: { id: followUp.id } });
    expect((await overviewData(official, pages, today)).due.rows.map((r) => r.id)).toEqual([rowIds.r4]);
    const reportWithout = (await agreementReport(official, agreementId, defaultReportPeriod(today), today))!;
    expect(reportWith.reports.map((r) => r.id)).toEqual(expect.arrayContaining([followUp.id]));
    expect(reportWithout.reports.map((r) => r.id)).not.toContain(followUp.id);
  });

  it("keeps each user's overview apart", async () => {
    const mine = await overviewData(official, pages, today);
    const theirs = await overviewData(police, pages, today);
    expect(theirs).not.toBe(mine);
    expect(theirs.municipalities.map((m) => m.id)).toEqual(expect.arrayContaining([world.municipality.id]));
    expect(mine.progress.length).toBeGreaterThan(0);
  });
});
