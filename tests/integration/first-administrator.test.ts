// The first administrator of a new production database, made by `npm run first-admin`. Runs on
// an empty scratch database of its own: the shared one has the demo's administrator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/domain-error";
import { database, db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open";
import { createFirstAdministrator } from "@/lib/users/first-administrator";
import { inspectPasswordLink } from "@/lib/users/password-links";
import { createScratchDatabase } from "./helpers/databases";

let scratch: { url: string; drop: () => Promise<void> };

beforeAll(async () => {
  scratch = await createScratchDatabase();
  const opened = openDatabase({ databaseUrl: scratch.url });
  await migrate((await opened).sql);
  (globalThis as unknown as { samverkanDb?: Promise<Database> }).samverkanDb = opened;
});
afterAll(async () => {
  await (await database()).close();
  (globalThis as unknown as { samverkanDb?: Promise<Database> }).samverkanDb = undefined;
  await scratch.drop();
});

describe("the first administrator", () => {
  it("is made with their municipality and department on an empty database, and chooses a password with a one-time link", async () => {
    const made = await createFirstAdministrator({ municipality: "Enköping", code: "0381", department: "Kommunledningsförvaltningen", name: "Anna Andersson", email: "anna.andersson@enkoping.se" });
    expect(made.municipality).toBe("Enköping");
    const token = made.link.path.split("/").pop()!;
    expect(await inspectPasswordLink(token)).toMatchObject({ problem: null });

    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "anna.andersson@enkoping.se" }, include: { organisation: { include: { municipality: true } } } });
    expect(user).toMatchObject({ role: "ADMIN", active: true, organisation: { kind: "MUNICIPAL_DEPARTMENT", name: "Kommunledningsförvaltningen", municipality: { slug: "enkoping", code: "0381" } } });
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: "user.create", userId: null } })).toBe(1);
  });

  it("is refused once the portal has an administrator", async () => {
    const again = createFirstAdministrator({ municipality: "Håbo", department: "Kommunstyrelsen", name: "Bo Berg", email: "bo@habo.se" });
    await expect(again).rejects.toBeInstanceOf(DomainError);
    await expect(again).rejects.toMatchObject({ messageKey: "admin.errors.administratorExists" });
    expect(await (await db()).municipality.count({ where: { name: "Håbo" } })).toBe(0);
  });
});
