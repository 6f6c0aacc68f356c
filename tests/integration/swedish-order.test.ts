// Lists sorted by name in the database read in Swedish order: … X, Y, Z, Å, Ä, Ö, and
// lower and upper case together (the database's own collation, C, put "Ängelholm" before
// "Åre", both after "Zinkgruvan", and every capital before any small letter). On PostgreSQL
// and on the embedded PGlite that `npm start` runs on.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { database, db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { compareSwedish } from "@/lib/format/intl";
import { listOrganisationsForAdmin } from "@/lib/organisations/queries";
import { listPromisesForActor, promiseFormOptions } from "@/lib/promises/queries";
import { listUsersForAdmin } from "@/lib/users/queries";
import { demoActor, otherMunicipality } from "./helpers/world";

/** Swedish order, as the portal sorts in JavaScript (Intl.Collator "sv"). */
const NAMES = ["Östersund", "Åre", "ale", "Zinkgruvan", "Ängelholm", "Vänersborg", "Ale", "Ystad", "Älmhult", "Aneby", "Öckerö", "Wemmel"];
const SWEDISH = [...NAMES].sort(compareSwedish);

let admin: Actor;
beforeAll(async () => {
  admin = await demoActor("admin@samverkan.demo");
});
afterAll(async () => (await database()).close());

describe("Swedish order of names", () => {
  it("is what JavaScript's Swedish collator gives", () => {
    expect(SWEDISH).toEqual(["ale", "Ale", "Aneby", "Vänersborg", "Wemmel", "Ystad", "Zinkgruvan", "Åre", "Älmhult", "Ängelholm", "Öckerö", "Östersund"]);
  });

  it("sorts a municipality's organisations and their users on PostgreSQL", async () => {
    const prisma = await db();
    const { municipality } = await otherMunicipality();
    for (const name of NAMES) await prisma.organisation.create({ data: { kind: "MUNICIPAL_DEPARTMENT", name, municipalityId: municipality.id } });
    const organisations = await listOrganisationsForAdmin(1, { placeId: municipality.id });
    expect(organisations.rows.map((o) => o.name).filter((n) => NAMES.includes(n))).toEqual(SWEDISH);

    const organisationId = organisations.rows[0]!.id;
    const tag = randomUUID().slice(0, 6);
    for (const name of NAMES) await prisma.user.create({ data: { email: `${tag}-${randomUUID().slice(0, 6)}@ordning.test`, name, role: "MUNICIPAL_OFFICIAL", organisationId, passwordHash: "-" } });
    expect((await listUsersForAdmin(admin, 1, { organisationId })).rows.map((u) => u.name)).toEqual(SWEDISH);
  });

  it("lists promises of the same period by title, in the list and in the renewal chooser", async () => {
    const prisma = await db();
    const { municipality, area, official } = await otherMunicipality();
    const period = { periodStart: new Date(Date.UTC(2026, 0, 1)), periodEnd: new Date(Date.UTC(2026, 11, 31)) };
    // Created in reverse, so the order of creation (or of ids) cannot pass for the order of titles.
    for (const [i, title] of [...SWEDISH].reverse().entries()) {
      await prisma.citizenPromise.create({ data: { municipalityId: municipality.id, policeAreaId: area.id, slug: `ordning-${i}`, title, focus: "PLACE", status: "DRAFT", ...period } });
    }
    expect((await listPromisesForActor(official, { municipalityId: municipality.id })).rows.map((p) => p.title)).toEqual(SWEDISH);
    expect((await promiseFormOptions(official, [municipality.id])).promises.map((p) => p.title)).toEqual(SWEDISH);
  });

  it("sorts the same on the embedded PGlite", async () => {
    // No address: the embedded database, as `npm start` opens it without DATABASE_URL.
    const embedded = await openDatabase({ databaseUrl: "", pgliteDir: "memory://" });
    try {
      await migrate(embedded.sql);
      for (const [i, name] of NAMES.entries()) await embedded.prisma.municipality.create({ data: { slug: `kommun-${i}`, name } });
      expect((await embedded.prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { name: true } })).map((m) => m.name)).toEqual(SWEDISH);
    } finally {
      await embedded.close();
    }
  }, 120_000);
});
