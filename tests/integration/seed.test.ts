import { afterAll, describe, expect, it } from "vitest";
import { db, database } from "@/lib/db";
import { DEMO_PASSWORD, promise as demoPromise } from "@/lib/db/seed/enkoping-demo";
import { seedDemoIfEmpty } from "@/lib/db/seed/seed-demo";
import { verifyPassword } from "@/lib/auth/password";
import { findPublicPromise, listPublicMunicipalities } from "@/lib/public/promises";
import { findActor } from "@/lib/users/actor-query";

afterAll(async () => (await database()).close());

describe("Enköping demo data", () => {
  it("holds Enköping and Håbo under one police area", async () => {
    const prisma = await db();
    const area = await prisma.policeArea.findUniqueOrThrow({
      where: { slug: "enkoping-habo" },
      include: { municipalities: { include: { municipality: true } } },
    });
    expect(area.municipalities.map((m) => m.municipality.name).sort()).toEqual(["Enköpings kommun", "Håbo kommun"]);
  });

  it("has both agreements, the newer replacing the older, each with four goals", async () => {
    const prisma = await db();
    const agreements = await prisma.agreement.findMany({
      where: { caseNumber: { in: ["KS2019/42", "KS2022/634"] }, municipality: { slug: "enkoping" } },
      orderBy: { periodStart: "asc" },
      include: { goals: true, replaces: true },
    });
    expect(agreements.map((a) => [a.caseNumber, a.status])).toEqual([
      ["KS2019/42", "REPLACED"],
      ["KS2022/634", "EXPIRED"],
    ]);
    expect(agreements[1]!.replaces?.caseNumber).toBe("KS2019/42");
    expect(agreements.map((a) => a.goals.length)).toEqual([4, 4]);
  });

  it("has the forums of the collaboration model on three levels, each reporting upwards", async () => {
    const prisma = await db();
    const forums = await prisma.forum.findMany({ include: { parent: true } });
    expect(new Set(forums.map((f) => f.level))).toEqual(new Set(["STRATEGIC", "TACTICAL", "OPERATIVE"]));
    const tryggare = forums.find((f) => f.name === "Tryggare Enköping")!;
    expect(tryggare.level).toBe("TACTICAL");
    expect(tryggare.parent?.level).toBe("STRATEGIC");
  });

  it("has the promise's activity plan exactly as in the adopted table, in order", async () => {
    const prisma = await db();
    const p = await prisma.citizenPromise.findFirstOrThrow({
      where: { slug: demoPromise.slug },
      include: { activities: { orderBy: { position: "asc" } } },
    });
    expect(p.activities.map((a) => [a.title, a.scope, a.timing, a.responsible, a.followUp, a.evaluation])).toEqual(
      demoPromise.activities.map((a) => [a.title, a.scope, a.timing, a.responsible, a.followUp, a.evaluation]),
    );
  });

  it("gives the four demo users their roles, with the shared demo password", async () => {
    const prisma = await db();
    const users = await prisma.user.findMany({ where: { email: { endsWith: ".demo" } }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@samverkan.demo", "ADMIN"],
      ["forum@enkoping.demo", "FORUM_MEMBER"],
      ["kommun@enkoping.demo", "MUNICIPAL_OFFICIAL"],
      ["polis@enkoping.demo", "POLICE_STAFF"],
    ]);
    for (const u of users) expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("scopes police staff to every municipality of their police area", async () => {
    const prisma = await db();
    const officer = await prisma.user.findUniqueOrThrow({ where: { email: "polis@enkoping.demo" } });
    const actor = await findActor(officer.id);
    const names = await prisma.municipality.findMany({ where: { id: { in: actor!.municipalityIds } } });
    expect(names.map((m) => m.slug).sort()).toEqual(["enkoping", "habo"]);
    expect(actor!.forumIds.length).toBeGreaterThanOrEqual(3);
  });

  it("is loaded only into an empty database, and never in production", async () => {
    const prisma = await db();
    expect(await seedDemoIfEmpty(prisma)).toBe("skipped");
    const before = process.env.PORTAL_ENV;
    process.env.PORTAL_ENV = "production";
    try {
      await expect(seedDemoIfEmpty(prisma)).rejects.toThrow(/never runs with PORTAL_ENV=production/);
    } finally {
      process.env.PORTAL_ENV = before;
    }
  });
});

describe("public reading", () => {
  it("lists each municipality with its published promises", async () => {
    const municipalities = await listPublicMunicipalities();
    const enkoping = municipalities.find((m) => m.slug === "enkoping")!;
    expect(enkoping.promises.map((p) => p.title)).toContain(demoPromise.title);
    expect(municipalities.find((m) => m.slug === "habo")!.promises).toEqual([]);
  });

  it("never shows a promise that has not been published", async () => {
    const prisma = await db();
    const source = await prisma.citizenPromise.findFirstOrThrow({ where: { slug: demoPromise.slug } });
    const draft = await prisma.citizenPromise.create({
      data: {
        municipalityId: source.municipalityId,
        policeAreaId: source.policeAreaId,
        slug: "hemligt-utkast",
        title: "Ett utkast",
        periodStart: new Date("2027-01-01"),
        periodEnd: new Date("2027-12-31"),
        focus: "PLACE",
        place: "Stationsområdet",
      },
    });
    try {
      expect(await findPublicPromise("enkoping", "hemligt-utkast")).toBeNull();
      const listed = (await listPublicMunicipalities()).flatMap((m) => m.promises.map((p) => p.slug));
      expect(listed).not.toContain("hemligt-utkast");
    } finally {
      await prisma.citizenPromise.delete({ where: { id: draft.id } });
    }
  });
});
