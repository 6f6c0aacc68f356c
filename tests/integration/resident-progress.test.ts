import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/[locale]/(public)/[municipality]/medborgarloften/[promise]/flode/route";
import { createActivity, recordFollowUp } from "@/lib/activities/mutations";
import type { Actor } from "@/lib/auth/actor";
import { database, db } from "@/lib/db";
import { approvePromise, createPromise, transitionPromise } from "@/lib/promises/mutations";
import { latestPublicUpdate } from "@/lib/public/promises";
import { activityInput, followUpInput, promiseInput } from "./helpers/inputs";
import { demoActor, demoPlaces } from "./helpers/world";

let official: Actor, police: Actor;
let places: Awaited<ReturnType<typeof demoPlaces>>;

beforeAll(async () => {
  official = await demoActor("kommun@enkoping.demo");
  police = await demoActor("polis@enkoping.demo");
  places = await demoPlaces();
});
afterAll(async () => (await database()).close());

const thisMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));

async function feedFor(slug: string) {
  const response = await feedRoute(new Request(`http://portal.test/enkoping/medborgarloften/${slug}/flode`), { params: Promise.resolve({ locale: "sv", municipality: "enkoping", promise: slug }) });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("a resident following a promise", () => {
  it("gets an Atom feed of the published activities' follow-ups, and nothing of an activity not yet approved", async () => {
    const tag = randomUUID().slice(0, 6);
    const promise = await createPromise(official, promiseInput({ municipalityId: places.enkoping.id, policeAreaId: places.area.id }, { title: `Trygg busshållplats ${tag}` }));
    const published = await createActivity(official, activityInput(promise.id, "Kvällsvandringar"));
    const prisma = await db();
    const version = async () => (await prisma.citizenPromise.findUniqueOrThrow({ where: { id: promise.id } })).version;
    await transitionPromise(official, { id: promise.id, version: await version(), to: "AWAITING_APPROVAL" });
    const v = await version();
    await approvePromise(official, { id: promise.id, version: v });
    await approvePromise(police, { id: promise.id, version: v });

    await recordFollowUp(police, followUpInput(published.id, thisMonth, `Tre kvällsvandringar ${tag}`));
    const unapproved = await createActivity(official, activityInput(promise.id, `Ej godkänd ${tag}`));
    await recordFollowUp(police, followUpInput(unapproved.id, thisMonth, `Hemligt ${tag}`));

    const slug = (await prisma.citizenPromise.findUniqueOrThrow({ where: { id: promise.id } })).slug;
    const feed = await feedFor(slug);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain("application/atom+xml");
    expect(feed.text).toContain("<feed");
    // Atom requires an author (RFC 4287, 4.1.1); without one, feed validators and some readers refuse the feed.
    expect(feed.text).toMatch(/<feed[\s\S]*<author>\s*<name>Enköpings kommun och Polisen<\/name>/);
    expect(feed.text).toContain(`Tre kvällsvandringar ${tag}`);
    expect(feed.text).toContain("Kvällsvandringar: Pågår");
    expect(feed.text).not.toContain(`Hemligt ${tag}`);
    expect(feed.text).not.toContain(`Ej godkänd ${tag}`);

    const updated = await latestPublicUpdate("enkoping");
    expect(new Date(updated!).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("answers 404 for a promise that is not published", async () => {
    expect((await feedFor("finns-inte")).status).toBe(404);
    expect(await latestPublicUpdate("finns-inte")).toBeNull();
  });
});
