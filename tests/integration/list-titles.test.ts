import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { database, db } from "@/lib/db";
import { pagedTitle } from "@/lib/pagination/page";
import { demoActor, otherMunicipality } from "./helpers/world";

/**
 * Every page of a paged list is its own address (?sida=2): its document title says which page
 * it shows, so that tabs, history, bookmarks and a screen reader's announcement tell them
 * apart. A number past the end shows the last page, and the title names that page.
 */
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ currentActor: async () => signedIn.actor, requireActor: async () => signedIn.actor! }));

const lists = [
  ["/loften", () => import("@/app/[locale]/(app)/loften/page"), "Medborgarlöften"],
  ["/avtal", () => import("@/app/[locale]/(app)/avtal/page"), "Samverkansavtal"],
  ["/dialoger", () => import("@/app/[locale]/(app)/dialoger/page"), "Medborgardialoger"],
  ["/forum", () => import("@/app/[locale]/(app)/forum/page"), "Forum"],
  ["/lagesbild", () => import("@/app/[locale]/(app)/lagesbild/page"), "Lägesbilder"],
  ["/konto", () => import("@/app/[locale]/(app)/konto/page"), "Mitt konto"],
  ["/admin/anvandare", () => import("@/app/[locale]/(app)/admin/anvandare/page"), "Användare"],
  ["/admin/kommuner", () => import("@/app/[locale]/(app)/admin/kommuner/page"), "Kommuner"],
  ["/admin/organisationer", () => import("@/app/[locale]/(app)/admin/organisationer/page"), "Organisationer"],
  ["/admin/polisomraden", () => import("@/app/[locale]/(app)/admin/polisomraden/page"), "Lokalpolisområden"],
  ["/admin/logg", () => import("@/app/[locale]/(app)/admin/logg/page"), "Granskningslogg"],
] as const;

type Metadata = (props: { params?: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<{ title?: unknown }>;
const titleOf = async (load: () => Promise<{ generateMetadata: unknown }>, query: Record<string, string>, params?: Record<string, string>) =>
  (await ((await load()).generateMetadata as Metadata)({ params: params && Promise.resolve(params), searchParams: Promise.resolve(query) })).title;

let world: Awaited<ReturnType<typeof otherMunicipality>>;
beforeAll(async () => {
  signedIn.actor = await demoActor("admin@samverkan.demo");
  world = await otherMunicipality();
});
afterAll(async () => (await database()).close());

describe("the document title of a paged list", () => {
  it.each(lists)("%s names page 1 without a number, and a page past the end as the last page", async (_, load, title) => {
    expect(await titleOf(load, {})).toBe(title);
    expect(await titleOf(load, { sida: "1" })).toBe(title);
    // A malformed or negative number is page 1, as the list reads it.
    expect(await titleOf(load, { sida: "0x2" })).toBe(title);
    expect(await titleOf(load, { sida: "-3" })).toBe(title);
    const last = String(await titleOf(load, { sida: "99999" }));
    const shown = last === title ? 1 : Number(new RegExp(`^${title} – sida (\\d+)$`).exec(last)?.[1]);
    expect(shown, last).toBeLessThan(99999);
    expect(await titleOf(load, { sida: String(shown) })).toBe(last);
  });

  it("names the page a filtered list shows: 2 of 3, and 3 for a number past the end", async () => {
    const prisma = await db();
    const tag = `Sidtitel ${randomUUID().slice(0, 6)}`;
    await prisma.citizenDialogue.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ municipalityId: world.municipality.id, title: `${tag} nr ${i}`, startsAt: new Date(Date.UTC(2026, 0, 1 + i)) })),
    });
    const dialogues = lists.find(([path]) => path === "/dialoger")![1];
    expect(await titleOf(dialogues, { q: tag, sida: "2" })).toBe("Medborgardialoger – sida 2");
    expect(await titleOf(dialogues, { q: tag, sida: "999" })).toBe("Medborgardialoger – sida 3");
    expect(await titleOf(dialogues, { q: tag, sida: "abc" })).toBe("Medborgardialoger");
  });

  it("names a forum's page of closed items as the page shown", async () => {
    const prisma = await db();
    const forum = await prisma.forum.create({ data: { municipalityId: world.municipality.id, level: "OPERATIVE", name: `Forum ${randomUUID().slice(0, 6)}` } });
    await prisma.actionItem.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ forumId: forum.id, title: `Klar ${i}`, status: "DONE" as const, dueOn: new Date(Date.UTC(2026, 0, 1 + i)) })) });
    const page = () => import("@/app/[locale]/(app)/forum/[id]/page");
    expect(await titleOf(page, { sida: "2" }, { id: forum.id })).toBe(`${forum.name} – sida 2`);
    expect(await titleOf(page, { sida: "40" }, { id: forum.id })).toBe(`${forum.name} – sida 2`);
    expect(await titleOf(page, {}, { id: forum.id })).toBe(forum.name);
  });

  it("is written in the page's language", () => {
    expect(pagedTitle("en", "Citizen promises", 3)).toBe("Citizen promises – page 3");
  });
});
