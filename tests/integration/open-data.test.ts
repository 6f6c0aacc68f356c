import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as csvExport } from "@/app/api/public/v1/promises.csv/route";
import { GET as jsonExport } from "@/app/api/public/v1/promises/route";
import type { ActivityStatus } from "@/generated/prisma/enums";
import { activityProgress } from "@/lib/activities/progress";
import { database, db } from "@/lib/db";
import { buildPromiseSnapshot, type PromiseSnapshot } from "@/lib/promises/snapshot";
import { findPublicPromise, openDataBatches, type OpenDataPromise } from "@/lib/public/promises";

afterAll(async () => (await database()).close());

type Row = Record<string, unknown> & { promise_id: string; municipality: string; promise_slug: string; activities: Record<string, unknown>[] };

async function exportJson(query = ""): Promise<Row[]> {
  const response = await jsonExport(new Request(`http://portal.test/api/public/v1/promises${query}`));
  expect(response.status).toBe(200);
  const body = JSON.parse(await response.text());
  expect(body.version).toBe(1);
  return body.promises;
}

/** The CSV as records by column name; quoted cells with commas and line breaks handled. */
async function exportCsv(query = ""): Promise<Record<string, string>[]> {
  const response = await csvExport(new Request(`http://portal.test/api/public/v1/promises.csv${query}`));
  expect(response.status).toBe(200);
  // Decoded keeping the byte-order mark, which spreadsheet programs need to read UTF-8.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...records] = parseCsv(text.slice(1));
  return records.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ""])));
}

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(cell), (cell = "");
    else if (c === "\n") record.push(cell), records.push(record), (record = []), (cell = "");
    else cell += c;
  }
  return records;
}

describe("progress of a promise with a long activity plan and many periods", () => {
  const ACTIVITIES = 300;
  const PERIODS = 20;
  const LAST_STATUS: ActivityStatus[] = ["ONGOING", "DONE", "DEVIATING", "CANCELLED"];
  const slug = `storkommun-${randomUUID().slice(0, 8)}`;
  let snapshot: PromiseSnapshot;
  /** What each activity's progress must be, worked out here from the data as written. */
  const expected = new Map<string, { status: ActivityStatus | null; achieved: number; lastPeriod: string | null; target: number | null; participants: number }>();

  const month = (j: number) => new Date(Date.UTC(2026, j, 1));
  const noFollowUps = (i: number) => i % 50 === 49;
  const counted = (i: number, j: number) => (i * 7 + j * 3) % 5;

  beforeAll(async () => {
    const prisma = await db();
    const municipality = await prisma.municipality.create({ data: { slug, name: `Storkommun ${slug.slice(-8)}` } });
    const area = await prisma.policeArea.create({
      data: { slug: `lpo-${slug}`, name: `LPO ${slug}`, municipalities: { create: [{ municipalityId: municipality.id }] } },
    });
    const promiseId = randomUUID();
    const activities = Array.from({ length: ACTIVITIES }, (_, i) => ({
      id: randomUUID(),
      position: i,
      title: `Aktivitet ${i + 1}`,
      scope: "Vandringar",
      timing: "Kvällstid",
      responsible: "Kommunen och polisen",
      followUp: "Antal vandringar",
      evaluation: "BRÅ-gruppen",
      targetValue: i % 2 === 0 ? 40 : null,
      targetUnit: i % 2 === 0 ? "vandringar" : null,
    }));
    await prisma.citizenPromise.create({
      data: {
        id: promiseId,
        municipalityId: municipality.id,
        policeAreaId: area.id,
        slug: "tryggare-centrum",
        title: "Tryggare centrum",
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2027-12-31"),
        focus: "PLACE",
        place: "Centrum",
        status: "PUBLISHED",
      },
    });
    await prisma.activity.createMany({ data: activities.map((a) => ({ ...a, promiseId, status: "ONGOING" as const })) });

    const followUps: { id: string; activityId: string; periodStart: Date; status: ActivityStatus }[] = [];
    const figures: { followUpId: string; label: string; value: number; countsTowardsTarget: boolean }[] = [];
    for (const [i, a] of activities.entries()) {
      if (noFollowUps(i)) {
        expected.set(a.id, { status: null, achieved: 0, lastPeriod: null, target: a.targetValue, participants: 0 });
        continue;
      }
      let achieved = 0;
      // Written latest period first, so that the order in the table says nothing.
      for (let j = PERIODS - 1; j >= 0; j--) {
        const id = randomUUID();
        followUps.push({ id, activityId: a.id, periodStart: month(j), status: j === PERIODS - 1 ? LAST_STATUS[i % 4]! : "ONGOING" });
        figures.push({ followUpId: id, label: "vandringar", value: counted(i, j), countsTowardsTarget: true });
        figures.push({ followUpId: id, label: "deltagare", value: 10, countsTowardsTarget: false });
        achieved += counted(i, j);
      }
      expected.set(a.id, { status: LAST_STATUS[i % 4]!, achieved, lastPeriod: "2027-08-01", target: a.targetValue, participants: 10 * PERIODS });
    }
    // Written in two statements: the point is the reading, not Prisma's createMany.
    const { sql } = await database();
    await sql.query(
      `INSERT INTO "ActivityFollowUp" (id, "activityId", "periodType", "periodStart", status, "updatedAt")
       SELECT id, activity, 'MONTH', period, status::"ActivityStatus", now() FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[]) AS f(id, activity, period, status)`,
      [followUps.map((f) => f.id), followUps.map((f) => f.activityId), followUps.map((f) => f.periodStart.toISOString().slice(0, 10)), followUps.map((f) => f.status)],
    );
    await sql.query(
      `INSERT INTO "FollowUpFigure" (id, "followUpId", label, value, "countsTowardsTarget")
       SELECT gen_random_uuid(), f, l, v, c FROM unnest($1::uuid[], $2::text[], $3::int[], $4::boolean[]) AS x(f, l, v, c)`,
      [figures.map((f) => f.followUpId), figures.map((f) => f.label), figures.map((f) => f.value), figures.map((f) => f.countsTowardsTarget)],
    );

    snapshot = buildPromiseSnapshot({
      ...(await prisma.citizenPromise.findUniqueOrThrow({ where: { id: promiseId } })),
      signatories: [],
      basisDocs: [],
      goals: [],
      dialogues: [],
      activities,
    });
    await prisma.promisePublication.create({ data: { promiseId, promiseVersion: 1, snapshot: snapshot as never } });
  });

  it("shows every activity's latest status, achieved sum and last period on the public page", async () => {
    const page = await findPublicPromise(slug, "tryggare-centrum");
    expect(Object.keys(page!.progress)).toHaveLength(ACTIVITIES);
    for (const [id, want] of expected) {
      const got = page!.progress[id]!;
      expect({ id, status: got.status, achieved: got.achieved, lastPeriod: got.lastPeriod?.toISOString().slice(0, 10) ?? null }).toEqual({
        id,
        status: want.status,
        achieved: want.achieved,
        lastPeriod: want.lastPeriod,
      });
      expect(got.percent).toBe(want.target ? Math.min(100, Math.round((want.achieved / want.target) * 100)) : null);
      expect(got.totals.find((t) => t.label === "deltagare")?.value ?? 0).toBe(want.participants);
    }
  });

  it("gives the same figures in the municipality's and the whole country's JSON and CSV", async () => {
    const municipality = await exportJson(`?municipality=${slug}`);
    const national = (await exportJson()).filter((p) => p.municipality === slug);
    const csv = (await exportCsv()).filter((r) => r.municipality === slug);
    expect(municipality).toHaveLength(1);
    expect(national).toEqual(municipality);
    expect(csv).toHaveLength(ACTIVITIES);

    const activities = municipality[0]!.activities;
    expect(activities.map((a) => a.activity_id)).toEqual(snapshot.activities.map((a) => a.id));
    for (const a of activities) {
      const want = expected.get(a.activity_id as string)!;
      expect(a).toMatchObject({ status: want.status, achieved_value: want.achieved, last_reported_period: want.lastPeriod, target_value: want.target });
    }
    for (const r of csv) {
      const want = expected.get(r.activity_id!)!;
      expect([r.activity_status, r.achieved_value, r.last_reported_period, r.target_value]).toEqual([
        want.status ?? "",
        String(want.achieved),
        want.lastPeriod ?? "",
        want.target === null ? "" : String(want.target),
      ]);
    }
  });
});

describe("the export of the demo data", () => {
  const added: string[] = [];

  beforeAll(async () => {
    // Follow-up on the demo's published promise, as the parties would report it.
    const prisma = await db();
    const promise = await prisma.citizenPromise.findFirstOrThrow({
      where: { municipality: { slug: "enkoping" }, status: { in: ["PUBLISHED", "COMPLETED"] } },
      select: { activities: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    const reports: [number, string, ActivityStatus, number][] = [
      [0, "2022-01-01", "ONGOING", 2],
      [0, "2022-05-01", "DONE", 3],
      [1, "2021-09-01", "DEVIATING", 0],
      [3, "2022-09-01", "ONGOING", 5],
      [3, "2022-01-01", "ONGOING", 4],
    ];
    for (const [index, period, status, value] of reports) {
      const followUp = await prisma.activityFollowUp.create({
        data: {
          activityId: promise.activities[index]!.id,
          periodType: "TERTIAL",
          periodStart: new Date(period),
          status,
          figures: { create: [{ label: "genomförda", value, countsTowardsTarget: true }, { label: "deltagare", value: 12 }] },
        },
      });
      added.push(followUp.id);
    }
  });
  afterAll(async () => {
    await (await db()).activityFollowUp.deleteMany({ where: { id: { in: added } } });
  });

  /** What the export said before it was made to stream: each public promise's latest publication, every follow-up through activityProgress. */
  async function asBefore() {
    const prisma = await db();
    const promises = await prisma.citizenPromise.findMany({
      where: { status: { in: ["PUBLISHED", "COMPLETED"] } },
      select: {
        status: true,
        municipality: { select: { slug: true } },
        publications: { orderBy: { publishedAt: "desc" }, take: 1, select: { snapshot: true, publishedAt: true } },
      },
    });
    const published = promises.filter((p) => p.publications.length > 0);
    const activities = published.flatMap((p) => (p.publications[0]!.snapshot as unknown as PromiseSnapshot).activities);
    const followUps = await prisma.activityFollowUp.findMany({
      where: { activityId: { in: activities.map((a) => a.id) } },
      select: { activityId: true, periodType: true, periodStart: true, status: true, figures: { select: { label: true, value: true, countsTowardsTarget: true } } },
    });
    return published.map((p) => {
      const content = p.publications[0]!.snapshot as unknown as PromiseSnapshot;
      return {
        municipality: p.municipality.slug,
        promise_id: content.id,
        title: content.title,
        status: p.status,
        published_at: p.publications[0]!.publishedAt.toISOString(),
        activities: content.activities.map((a) => {
          const live = activityProgress(a, followUps.filter((f) => f.activityId === a.id));
          return {
            activity_id: a.id,
            position: a.position + 1,
            status: live.status,
            achieved_value: live.achieved,
            last_reported_period: live.lastPeriod ? live.lastPeriod.toISOString().slice(0, 10) : null,
          };
        }),
      };
    });
  }

  const byId = <T extends { promise_id: unknown }>(rows: T[]) => [...rows].sort((a, b) => String(a.promise_id).localeCompare(String(b.promise_id)));

  it("has the same promises, statuses, achieved values and last periods as before, in JSON", async () => {
    const before = await asBefore();
    // The demo's own promise: other test files publish and follow up promises of their own.
    const demo = before.filter((p) => p.municipality === "enkoping" && String(p.title).startsWith("Förstärkt förebyggande arbete bland ungdomar"));
    expect(demo).toHaveLength(1);
    const reported = demo.flatMap((p) => p.activities.filter((a) => a.status !== null));
    expect(reported.map((a) => [a.status, a.achieved_value, a.last_reported_period])).toEqual([
      ["DONE", 5, "2022-05-01"],
      ["DEVIATING", 0, "2021-09-01"],
      ["ONGOING", 9, "2022-09-01"],
    ]);
    const now = await exportJson();
    expect(byId(now).map((p) => ({ ...pick(p, ["municipality", "promise_id", "title", "status", "published_at"]), activities: p.activities.map((a) => pick(a, ["activity_id", "position", "status", "achieved_value", "last_reported_period"])) }))).toEqual(
      byId(before),
    );
    for (const slug of ["enkoping", "habo"]) {
      expect(byId(await exportJson(`?municipality=${slug}`))).toEqual(byId(now.filter((p) => p.municipality === slug)));
    }
  });

  it("has the same rows as before in the CSV, one per activity", async () => {
    const before = (await asBefore()).flatMap((p) =>
      p.activities.map((a) => [p.municipality, p.promise_id, p.status, a.activity_id, String(a.position), a.status ?? "", String(a.achieved_value), a.last_reported_period ?? ""]),
    );
    const now = (await exportCsv()).map((r) => [r.municipality, r.promise_id, r.status, r.activity_id, r.position, r.activity_status, r.achieved_value, r.last_reported_period]);
    const sorted = (rows: (string | undefined)[][]) => rows.map((r) => r.join("|")).sort();
    expect(sorted(now)).toEqual(sorted(before));
    expect(await exportCsv("?municipality=enkoping")).toEqual((await exportCsv()).filter((r) => r.municipality === "enkoping"));
  });

  it("reads the whole country page by page without losing or repeating a promise", async () => {
    // More municipalities and promises than one small page holds, with a draft and a
    // promise marked published whose publication is missing: neither may show.
    const prisma = await db();
    for (const n of [1, 2, 3]) {
      const slug = `smakommun-${n}-${randomUUID().slice(0, 6)}`;
      const municipality = await prisma.municipality.create({ data: { slug, name: `Småkommun ${n}` } });
      const area = await prisma.policeArea.create({ data: { slug: `lpo-${slug}`, name: `LPO ${slug}`, municipalities: { create: [{ municipalityId: municipality.id }] } } });
      for (const [promiseSlug, status, publish] of [["a-torget", "PUBLISHED", true], ["b-skolan", "DRAFT", false], ["c-parken", "COMPLETED", true], ["d-hamnen", "PUBLISHED", false]] as const) {
        const promise = await prisma.citizenPromise.create({
          data: { municipalityId: municipality.id, policeAreaId: area.id, slug: promiseSlug, title: `${promiseSlug} ${n}`, periodStart: new Date("2026-01-01"), periodEnd: new Date("2026-12-31"), focus: "PLACE", status },
        });
        if (publish) {
          const snapshot = buildPromiseSnapshot({ ...promise, signatories: [], basisDocs: [], goals: [], dialogues: [], activities: [] });
          await prisma.promisePublication.create({ data: { promiseId: promise.id, promiseVersion: 1, snapshot: snapshot as never } });
        }
      }
    }
    const whole: OpenDataPromise[] = [];
    for await (const batch of openDataBatches()) whole.push(...batch);
    const paged: OpenDataPromise[][] = [];
    for await (const batch of openDataBatches(undefined, 2)) paged.push(batch);
    expect(whole.filter((p) => p.municipality.startsWith("smakommun-")).map((p) => p.promise_slug)).toEqual(["a-torget", "c-parken", "a-torget", "c-parken", "a-torget", "c-parken"]);
    expect(paged.every((batch) => batch.length <= 2)).toBe(true);
    expect(paged.flat()).toEqual(whole);
    expect(whole.map((p) => `${p.municipality}/${p.promise_slug}`)).toEqual((await exportJson()).map((p) => `${p.municipality}/${p.promise_slug}`));
  });

  it("answers an unknown municipality with an empty list and a malformed one with 400", async () => {
    expect(await exportJson("?municipality=finns-inte")).toEqual([]);
    expect(await exportCsv("?municipality=finns-inte")).toEqual([]);
    expect((await jsonExport(new Request("http://portal.test/api/public/v1/promises?municipality=NOT%20A%20SLUG"))).status).toBe(400);
  });
});

function pick<T extends Record<string, unknown>>(row: T, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
