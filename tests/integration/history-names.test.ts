// What the history lists call each entry's record: the administrator's audit log (/admin/logg),
// the user's own actions (/konto) and a record's history page name a follow-up by its activity
// and period, as the overview's recent changes do, with a few queries for any number of rows.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity, deleteActivity, recordFollowUp, updateFollowUp } from "@/lib/activities/mutations";
import { listAuditLog, listOwnActivity } from "@/lib/audit/log";
import { readableHistoryOf } from "@/lib/audit/readable";
import type { Actor } from "@/lib/auth/actor";
import { recentChanges } from "@/lib/dashboard/work";
import { database, db } from "@/lib/db";
import { createDialogue } from "@/lib/dialogues/mutations";
import { createPromise } from "@/lib/promises/mutations";
import { countQueries } from "./helpers/count-queries";
import { activityInput, followUpInput, promiseInput } from "./helpers/inputs";
import { demoActor, otherMunicipality } from "./helpers/world";

let admin: Actor;
let world: Awaited<ReturnType<typeof otherMunicipality>>;

beforeAll(async () => {
  admin = await demoActor("admin@samverkan.demo");
  world = await otherMunicipality();
});
afterAll(async () => (await database()).close());

const tag = () => randomUUID().slice(0, 6);

const draftPromise = (title: string) => createPromise(world.official, promiseInput({ municipalityId: world.municipality.id, policeAreaId: world.area.id }, { title }));
const march = (activityId: string) => followUpInput(activityId, new Date("2026-03-01"), "Tre vandringar");

describe("a follow-up in the history lists", () => {
  it("is named by its activity and period in the audit log, the user's own actions and the promise's history", async () => {
    const t = tag();
    const promise = await draftPromise(`Trygg station ${t}`);
    const activity = await createActivity(world.official, activityInput(promise.id, `Trygghetsvandringar ${t}`));
    await recordFollowUp(world.police, march(activity.id));
    const name = `Trygghetsvandringar ${t} · mars 2026`;

    const { queries, result: log } = await countQueries(() => listAuditLog(admin, 1, { municipalityId: world.municipality.id, action: "followUp.create" }, "sv"));
    expect(log.rows.map((r) => r.record)).toEqual([name]);
    // The page and its users, its count, the municipalities, and the activities with the follow-ups in one.
    expect(queries).toBeLessThanOrEqual(5);

    expect((await listOwnActivity(world.police, 1, "sv")).rows[0]).toMatchObject({ action: "followUp.create", record: name });

    const history = await readableHistoryOf(world.official, "CitizenPromise", promise.id, "sv");
    const named = Object.fromEntries(history.map((e) => [e.action, e.record]));
    expect(named).toEqual({ "followUp.create": name, "activity.create": `Trygghetsvandringar ${t}`, "promise.create": null });
  });

  it("names an action plan's measure and its follow-ups to the administrator, a page of entries in one query for them", async () => {
    const prisma = await db();
    const t = tag();
    const agreement = await prisma.agreement.create({
      data: { municipalityId: world.municipality.id, policeAreaId: world.area.id, title: `Avtal ${t}`, status: "ACTIVE", periodStart: new Date("2026-01-01"), periodEnd: new Date("2027-12-31") },
    });
    const plan = await prisma.actionPlan.create({ data: { agreementId: agreement.id, title: `Plan ${t}`, status: "ADOPTED", periodStart: new Date("2026-01-01"), periodEnd: new Date("2027-12-31") } });
    const measure = await prisma.activity.create({ data: { actionPlanId: plan.id, position: 0, title: `Belysning ${t}` } });
    const followUps = await Promise.all(
      ["2026-01-01", "2026-05-01", "2026-09-01"].map((start) =>
        prisma.activityFollowUp.create({ data: { activityId: measure.id, periodType: "TERTIAL", periodStart: new Date(start), status: "ONGOING" } }),
      ),
    );
    const log = (entityType: string, entityId: string, action: string) =>
      prisma.auditLog.create({ data: { action, entityType, entityId, contextId: plan.id, municipalityId: world.municipality.id, userId: world.official.id } });
    await log("Activity", measure.id, `activity.update`);
    for (const f of followUps) await log("ActivityFollowUp", f.id, "followUp.update");

    const { queries, result } = await countQueries(() => listAuditLog(admin, 1, { municipalityId: world.municipality.id, action: "followUp.update" }, "sv"));
    expect(result.rows.map((r) => r.record)).toEqual([`Belysning ${t} · september–december 2026`, `Belysning ${t} · maj–augusti 2026`, `Belysning ${t} · januari–april 2026`]);
    expect(queries).toBeLessThanOrEqual(5);
    expect((await listAuditLog(admin, 1, { municipalityId: world.municipality.id, action: "activity.update" }, "sv")).rows[0]!.record).toBe(`Belysning ${t}`);
  });

  it("keeps a name, marked as deleted, once the activity is gone", async () => {
    const t = tag();
    const promise = await draftPromise(`Trygg park ${t}`);
    const activity = await createActivity(world.official, activityInput(promise.id, `Parkvandringar ${t}`));
    await recordFollowUp(world.police, march(activity.id));
    await deleteActivity(world.official, { id: activity.id });

    const history = await readableHistoryOf(world.official, "CitizenPromise", promise.id, "sv");
    const named = Object.fromEntries(history.map((e) => [e.action, e.record]));
    const name = `Parkvandringar ${t} · mars 2026 (borttaget)`;
    expect(named).toMatchObject({ "followUp.create": name, "activity.create": `Parkvandringar ${t} (borttaget)`, "activity.delete": `Parkvandringar ${t} (borttaget)` });
    expect((await listOwnActivity(world.police, 1, "sv")).rows[0]).toMatchObject({ action: "followUp.create", record: name });
    const log = await listAuditLog(admin, 1, { municipalityId: world.municipality.id, action: "followUp.create" }, "sv");
    expect(log.rows[0]).toMatchObject({ record: name });
    // What the entry keeps to name its activity is no field anybody changed.
    expect(log.rows[0]!.fields).not.toContain("_activity");
  });

  it("records a change of the period's length, and names each entry by the period it recorded", async () => {
    const t = tag();
    const promise = await createPromise(
      world.official,
      promiseInput({ municipalityId: world.municipality.id, policeAreaId: world.area.id }, { title: `Trygg hamn ${t}`, periodStart: new Date("2021-01-01"), periodEnd: new Date("2023-12-31") }),
    );
    const activity = await createActivity(world.official, activityInput(promise.id, `Hamnvandringar ${t}`));
    await recordFollowUp(world.police, { ...march(activity.id), periodType: "TERTIAL", periodStart: new Date("2021-05-01") });
    const saved = await (await db()).activityFollowUp.findFirstOrThrow({ where: { activityId: activity.id } });
    await updateFollowUp(world.police, { ...march(activity.id), id: saved.id, version: 1, periodType: "MONTH", periodStart: new Date("2021-05-01") });

    const history = await readableHistoryOf(world.official, "CitizenPromise", promise.id, "sv");
    const update = history.find((e) => e.action === "followUp.update")!;
    expect(update.changes).toEqual({ period: { from: "maj–augusti 2021", to: "maj 2021" } });
    expect(update.record).toBe(`Hamnvandringar ${t} · maj 2021`);
    expect(history.find((e) => e.action === "followUp.create")!.record).toBe(`Hamnvandringar ${t} · maj–augusti 2021`);
    // The overview's latest changes name each entry by the period it recorded too.
    const overview = (await recentChanges(world.official, 50)).filter((c) => c.title === `Hamnvandringar ${t}` && c.entityType === "ActivityFollowUp");
    expect(overview.map((c) => [c.action, c.period])).toEqual([
      ["followUp.update", { type: "MONTH", start: new Date("2021-05-01") }],
      ["followUp.create", { type: "TERTIAL", start: new Date("2021-05-01") }],
    ]);
  });
});

describe("a new record in the history lists", () => {
  it("lists only the fields given a value, in the audit log, the user's own actions, the record's history and the overview", async () => {
    const title = `Dialog i parken ${tag()}`;
    // Place, format, themes and the count left empty, not announced.
    const dialogue = await createDialogue(world.official, {
      title,
      startsAt: new Date("2026-05-04T16:00:00Z"),
      place: "",
      format: "",
      participantCount: null,
      themes: "",
      announced: false,
      confirmNoPersonalData: false,
      municipalityId: world.municipality.id,
      list: undefined,
    });
    const given = ["startsAt", "title"];
    const log = await listAuditLog(admin, 1, { municipalityId: world.municipality.id, action: "dialogue.create" }, "sv");
    expect(log.rows.map((r) => [...r.fields].sort())).toEqual([given]);
    expect([...(await listOwnActivity(world.official, 1, "sv")).rows[0]!.fields].sort()).toEqual(given);
    const history = await readableHistoryOf(world.official, "CitizenDialogue", dialogue.id, "sv");
    expect(Object.keys(history[0]!.changes ?? {}).sort()).toEqual(given);
    const overview = await recentChanges(world.official);
    expect(overview.find((c) => c.title === title)!.fields.sort()).toEqual(given);

    // A promise's many fields: those left empty are not named either.
    const promise = await draftPromise(`Trygg skola ${tag()}`);
    const created = (await readableHistoryOf(world.official, "CitizenPromise", promise.id, "sv")).find((e) => e.action === "promise.create")!;
    expect(Object.keys(created.changes ?? {})).not.toContain("background");
    expect(Object.keys(created.changes ?? {})).not.toContain("goalIds");
    expect(Object.keys(created.changes ?? {})).toEqual(expect.arrayContaining(["title", "place", "criterionSafety"]));
  });
});
