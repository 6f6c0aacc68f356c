// National scale: every list page's data function and each dashboard query runs the same
// number of queries on small data and on ten times more, and a list never returns more than
// its page. Runs on a scratch database of its own, so the shared one keeps its demo counts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listAgreementsForActor } from "@/lib/agreements/queries";
import { listAnalysesForActor } from "@/lib/analyses/queries";
import { municipalityFilterField } from "@/lib/municipalities/list-filter";
import { awaitingMyApproval, myForums, myOpenItems } from "@/lib/dashboard/queries";
import { currentAgreementFigures } from "@/lib/dashboard/figures";
import { followUpsDue, forumWork, myPlanRows, nationalOverview, nextMeetings, recentChanges } from "@/lib/dashboard/work";
import { agreementReport, defaultReportPeriod } from "@/lib/reports/agreement-report";
import { database, db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open";
import { seedDemoIfEmpty } from "@/lib/db/seed/seed-demo";
import { listDialoguesForActor } from "@/lib/dialogues/queries";
import { listForumsForActor, parentForumChoices } from "@/lib/forums/queries";
import { PAGE_SIZE } from "@/lib/pagination/page";
import { listPromisesForActor } from "@/lib/promises/queries";
import { listPublicMunicipalityIndex } from "@/lib/public/promises";
import { countQueries } from "./helpers/count-queries";
import { createScratchDatabase } from "./helpers/databases";
import { demoActor, demoPlaces } from "./helpers/world";

let scratch: { url: string; drop: () => Promise<void> };
let enkopingId: string;
let enkopingAgreementId: string;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  const opened = openDatabase({ databaseUrl: scratch.url });
  const scratchDb = await opened;
  await migrate(scratchDb.sql);
  await seedDemoIfEmpty(scratchDb.prisma);
  // The data layer's db() opens DATABASE_URL once per process: point it at the scratch database.
  (globalThis as unknown as { samverkanDb?: Promise<Database> }).samverkanDb = opened;
  enkopingId = (await demoPlaces()).enkoping.id;
  enkopingAgreementId = (await scratchDb.prisma.agreement.findFirstOrThrow({ where: { municipalityId: enkopingId }, orderBy: { createdAt: "asc" } })).id;
});
afterAll(async () => {
  await (await database()).close();
  (globalThis as unknown as { samverkanDb?: Promise<Database> }).samverkanDb = undefined;
  await scratch.drop();
});

/**
 * `n` more of everything: municipalities (each with a police area, an agreement, a published
 * promise, a dialogue and a forum with an open and a closed item) and as many records in
 * Enköping, within the demo official's reach, with items the official is responsible for in a
 * forum the official belongs to.
 */
async function grow(n: number) {
  const prisma = await db();
  const { enkoping, area } = await demoPlaces();
  const official = await demoActor("kommun@enkoping.demo");
  const officialsForum = official.forumIds[0]!;
  const tag = randomUUID().slice(0, 8);
  for (let i = 0; i < n; i++) {
    const municipality = await prisma.municipality.create({ data: { slug: `skala-${tag}-${i}`, name: `Skalkommun ${tag} ${i}`, code: null } });
    const policeArea = await prisma.policeArea.create({ data: { slug: `lpo-skala-${tag}-${i}`, name: `LPO Skala ${tag} ${i}`, municipalities: { create: [{ municipalityId: municipality.id }] } } });
    for (const [m, a, local] of [[municipality.id, policeArea.id, false], [enkoping.id, area.id, true]] as const) {
      const period = { periodStart: new Date("2026-01-01"), periodEnd: new Date("2027-12-31") };
      await prisma.agreement.create({ data: { municipalityId: m, policeAreaId: a, title: `Avtal ${tag} ${i}`, ...period } });
      const promise = await prisma.citizenPromise.create({
        data: { municipalityId: m, policeAreaId: a, slug: `lofte-${tag}-${i}`, title: `Löfte ${tag} ${i}`, focus: "PLACE", status: "PUBLISHED", ...period },
      });
      await prisma.promisePublication.create({ data: { promiseId: promise.id, promiseVersion: 1, snapshot: { title: promise.title, slug: promise.slug } } });
      await prisma.citizenDialogue.create({
        data: { municipalityId: m, title: `Dialog ${tag} ${i}`, startsAt: new Date("2026-05-01T17:00:00Z"), promises: { create: [{ promiseId: promise.id }] } },
      });
      const forum = await prisma.forum.create({ data: { municipalityId: m, level: "OPERATIVE", name: `Forum ${tag} ${i}` } });
      await prisma.actionItem.createMany({
        data: [
          { forumId: local ? officialsForum : forum.id, title: `Öppen ${tag} ${i}`, dueOn: new Date("2026-06-01"), ...(local ? { responsibleUserId: official.id } : {}) },
          { forumId: forum.id, title: `Klar ${tag} ${i}`, dueOn: new Date("2026-06-01"), status: "DONE" },
        ],
      });
    }
  }
}

type Probe = (actor: Actor) => Promise<unknown>;
const probes: Record<string, Probe> = {
  "/loften": (a) => listPromisesForActor(a, {}, 1),
  "/loften filtered": (a) => listPromisesForActor(a, { q: "löfte", status: "PUBLISHED", year: 2026 }, 1),
  "/avtal": (a) => listAgreementsForActor(a, {}, 1),
  "/avtal filtered": (a) => listAgreementsForActor(a, { q: "avtal", year: 2027 }, 1),
  "/dialoger": (a) => listDialoguesForActor(a, {}, 1),
  "/forum": (a) => listForumsForActor(a, {}, 1),
  "/lagesbild filtered": (a) => listAnalysesForActor(a, { q: "lägesbild", municipalityName: "enk", year: 2025 }, 1),
  "list filter municipalities": (a) => municipalityFilterField(a, {}),
  "parent forum chooser": (a) => parentForumChoices(a, enkopingId),
  "dashboard: my open items": (a) => myOpenItems(a),
  "dashboard: awaiting approval": (a) => awaitingMyApproval(a),
  "dashboard: my forums": (a) => myForums(a),
  "dashboard: my plan rows": (a) => myPlanRows(a),
  "dashboard: follow-ups due": (a) => followUpsDue(a),
  "dashboard: next meetings": (a) => nextMeetings(a),
  "dashboard: agreement figures": (a) => currentAgreementFigures(a, a.municipalityIds),
  "dashboard: forum work": (a) => forumWork(a),
  "dashboard: recent changes": (a) => recentChanges(a),
  "dashboard: national view": (a) => nationalOverview(a, 1),
  "report of an agreement": (a) => agreementReport(a, enkopingAgreementId, defaultReportPeriod()),
  "public start page": () => listPublicMunicipalityIndex(),
};
const EMAILS = ["admin@samverkan.demo", "kommun@enkoping.demo", "polis@enkoping.demo", "forum@enkoping.demo"];

async function measure() {
  const counts: Record<string, number> = {};
  for (const email of EMAILS) {
    const actor = await demoActor(email);
    for (const [name, probe] of Object.entries(probes)) counts[`${email} ${name}`] = (await countQueries(() => probe(actor))).queries;
  }
  return counts;
}

describe("national scale", () => {
  it("runs as many queries on ten times the data, and no list returns more than a page", async () => {
    await grow(6);
    const small = await measure();
    await grow(54);
    const large = await measure();
    expect(large).toEqual(small);
    // Constant, and small: a list is its rows (with their relations) and its count.
    // The report reads one agreement's rows with their follow-ups, figures, indicators, responsible organisations and items (Prisma loads each relation in a query of its own): more, still constant,
    // one statement first that reads the database's state (the report is kept while it is unchanged; here each user reads it once after the data grew, so it is read whole),
    // and one for the years it covers (its plans' and promises' periods and its follow-ups' periods, for the period list and the period it opens on).
    for (const [name, n] of Object.entries(large)) expect(n, name).toBeLessThanOrEqual(name.endsWith("report of an agreement") ? 18 : 6);
    console.log(`Queries per call on small and ten-times data:\n${Object.entries(large).map(([k, v]) => `  ${k}: ${v}`).join("\n")}`);

    const admin = await demoActor("admin@samverkan.demo");
    const official = await demoActor("kommun@enkoping.demo");
    for (const actor of [admin, official]) {
      // The official's forums do not grow (membership is not part of the data grown here).
      const forums = actor === admin ? [await listForumsForActor(actor)] : [];
      for (const list of [await listPromisesForActor(actor), await listAgreementsForActor(actor), await listDialoguesForActor(actor), ...forums]) {
        expect(list.total).toBeGreaterThan(PAGE_SIZE);
        expect(list.rows.length).toBe(PAGE_SIZE);
        expect(list.pageCount).toBe(Math.ceil(list.total / PAGE_SIZE));
      }
      const last = await listPromisesForActor(actor, {}, 2);
      expect(last.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(last.rows.length).toBe(Math.min(PAGE_SIZE, last.total - PAGE_SIZE));
      // Past the end is the last page: its rows read once more (the count once), whatever the data.
      const onePage = (await countQueries(() => listPromisesForActor(actor, {}, 1))).queries;
      const pastTheEnd = await countQueries(() => listPromisesForActor(actor, {}, 99_999));
      expect(pastTheEnd.queries).toBe(2 * onePage - 1);
      expect(pastTheEnd.result.page).toBe(pastTheEnd.result.pageCount);
    }
    expect((await myOpenItems(official)).rows.length).toBeLessThanOrEqual(50);
    expect((await myForums(official)).rows.length).toBeLessThanOrEqual(50);
  });

  it("filters by text, municipality, status and year in the query", async () => {
    const admin = await demoActor("admin@samverkan.demo");
    const { enkoping } = await demoPlaces();
    const inEnkoping = await listPromisesForActor(admin, { municipalityId: enkoping.id });
    expect(inEnkoping.total).toBeGreaterThan(0);
    expect(inEnkoping.rows.every((p) => p.municipality.name === enkoping.name)).toBe(true);
    const analyses = await listAnalysesForActor(admin, { municipalityId: enkoping.id });
    expect(analyses.total).toBeGreaterThan(0);
    expect(analyses.rows.every((x) => x.municipality.name === enkoping.name)).toBe(true);
    expect((await listAnalysesForActor(admin, { municipalityId: enkoping.id, year: 1999 })).total).toBe(0);
    const byText = await listAgreementsForActor(admin, { q: "skalKOMMUN" });
    expect(byText.total).toBe(60);
    expect((await listPromisesForActor(admin, { year: 2031 })).total).toBe(0);
    expect((await listPromisesForActor(admin, { status: "DRAFT", q: "Löfte " })).total).toBe(0);
    expect((await listForumsForActor(admin, { status: "STRATEGIC", q: "Forum " })).total).toBe(0);
    const index = await listPublicMunicipalityIndex();
    expect(index.find((x) => x.slug === "enkoping")!.promiseCount).toBeGreaterThanOrEqual(60);
  });

  it("asks an administrator for a municipality's name instead of listing hundreds, and offers the one named to the forms", async () => {
    const prisma = await db();
    const admin = await demoActor("admin@samverkan.demo");
    const official = await demoActor("kommun@enkoping.demo");
    const { enkoping } = await demoPlaces();
    const tag = randomUUID().slice(0, 6);
    const near = await prisma.municipality.create({ data: { slug: `namn-${tag}-0`, name: `Ö${tag}`, code: null } });
    const nearer = await prisma.municipality.create({ data: { slug: `namn-${tag}-1`, name: `Ö${tag}by`, code: null } });

    const unnamed = await municipalityFilterField(admin, {});
    expect(unnamed).toMatchObject({ kind: "search", text: "", formChoices: [] });
    // The official has a few municipalities: a list to pick from, and the forms offer them all.
    const few = await municipalityFilterField(official, {});
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
    expect(few.kind === "choices" && ids(few.choices)).toEqual([...official.municipalityIds].sort());
    expect(ids(few.formChoices)).toEqual([...official.municipalityIds].sort());
    // Another municipality's id in the address (an old link) is ignored, not an empty list with nothing said.
    expect((await municipalityFilterField(official, { municipalityId: near.id, year: 2026 })).filter).toEqual({ year: 2026 });
    expect((await municipalityFilterField(admin, { municipalityId: "00000000-0000-4000-8000-000000000000" })).filter).toEqual({});

    // One municipality's name, in any case, narrows the list to it.
    const named = await municipalityFilterField(admin, { municipalityName: "enKÖPING", status: "PUBLISHED" as const });
    expect(named).toMatchObject({ kind: "search", text: enkoping.name, formChoices: [{ id: enkoping.id }], filter: { municipalityId: enkoping.id, status: "PUBLISHED" } });
    expect(named.filter.municipalityName).toBeUndefined();
    const inEnkoping = await listPromisesForActor(admin, named.filter);
    expect(inEnkoping.total).toBeGreaterThan(0);
    expect(inEnkoping.rows.every((p) => p.municipality.name === enkoping.name)).toBe(true);
    // A name that is also the start of another's picks the exact one.
    expect((await municipalityFilterField(admin, { municipalityName: `ö${tag}` })).filter.municipalityId).toBe(near.id);
    expect((await municipalityFilterField(admin, { municipalityName: `${tag}B` })).filter.municipalityId).toBe(nearer.id);
    // An address with the municipality's id shows its name in the field.
    expect(await municipalityFilterField(admin, { municipalityId: nearer.id })).toMatchObject({ text: nearer.name, formChoices: [{ id: nearer.id }] });
    // Text in a few names says which the list shows; text in none says so.
    expect(await municipalityFilterField(admin, { municipalityName: tag })).toMatchObject({ text: tag, matches: { count: 2, names: [near.name, nearer.name] } });
    expect(await municipalityFilterField(admin, { municipalityName: "ingen sådan kommun" })).toMatchObject({ formChoices: [], matches: { count: 0, names: [] } });
    // One municipality named: the field shows its name, and there is nothing more to say.
    expect(named).not.toHaveProperty("matches");

    // Text in many names keeps the text: the list holds all of them, and no form is offered one.
    const many = await municipalityFilterField<never>(admin, { municipalityName: "skalkommun" });
    expect(many).toMatchObject({ kind: "search", text: "skalkommun", formChoices: [], filter: { municipalityName: "skalkommun" } });
    // The field names the first five and counts them all.
    const matches = many.kind === "search" ? many.matches! : null;
    expect(matches?.count).toBe(60);
    expect(matches?.names).toHaveLength(5);
    expect(matches?.names.every((name) => name.startsWith("Skalkommun"))).toBe(true);
    const agreements = await listAgreementsForActor(admin, many.filter);
    expect(agreements.total).toBe(60);
    expect(agreements.rows.every((a) => a.municipality.name.startsWith("Skalkommun"))).toBe(true);
    expect((await listDialoguesForActor(admin, { municipalityName: "ingen sådan kommun" })).total).toBe(0);

    // Typed text is matched as written: %, _ and \ are no patterns (a trailing \ was a 500).
    for (const text of ["%", "_", "____", "Enk\\", "\\"]) {
      const field = await municipalityFilterField<never>(admin, { municipalityName: text });
      expect(field.formChoices, text).toEqual([]);
      expect((await listPromisesForActor(admin, field.filter)).total, text).toBe(0);
    }
    const odd = await prisma.municipality.create({ data: { slug: `namn-${tag}-2`, name: `Test_100% ${tag}`, code: null } });
    expect((await municipalityFilterField(admin, { municipalityName: `_100% ${tag}` })).filter.municipalityId).toBe(odd.id);
    expect((await listAgreementsForActor(admin, { q: "avtal\\" })).total).toBe(0);
  });
});
