import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { THROTTLE } from "@/lib/auth/throttle-policy";
import { db, database } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/db/seed/enkoping-demo";

process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
afterAll(async () => (await database()).close());

// Called directly, without the client-address stamp: the address is unknown, so only the
// account's own counter applies. Throttling by address: sign-in-throttle.test.ts.
const provider = authOptions.providers[0] as CredentialsConfig;
const authorize = (email: string, password: string) => provider.options.authorize!({ email, password }, { headers: {} } as never);

async function createUser(email: string, password = DEMO_PASSWORD) {
  const prisma = await db();
  const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Socialförvaltningen" } });
  return prisma.user.create({
    data: { email, name: "Test Testsson", role: "MUNICIPAL_OFFICIAL", organisationId: org.id, passwordHash: await hashPassword(password) },
  });
}

describe("signing in with e-mail and password", () => {
  it("accepts the right password, whatever the case of the address, and records it", async () => {
    const user = await authorize("Kommun@Enkoping.demo", DEMO_PASSWORD);
    expect(user).toMatchObject({ email: "kommun@enkoping.demo", name: "Karin Lind" });
    const prisma = await db();
    const entry = await prisma.auditLog.findFirst({ where: { action: "auth.signIn", userId: user!.id } });
    expect(entry).not.toBeNull();
  });

  it("refuses a wrong password and an unknown address alike", async () => {
    expect(await authorize("kommun@enkoping.demo", "fel-lösenord")).toBeNull();
    expect(await authorize("finns-inte@enkoping.demo", DEMO_PASSWORD)).toBeNull();
  });

  it("slows down repeated failures for one account, even with the right password", async () => {
    const email = `throttled-${randomUUID()}@example.se`;
    await createUser(email);
    for (let i = 0; i < THROTTLE.accountAtAddress; i++) expect(await authorize(email, "fel")).toBeNull();
    await expect(authorize(email, DEMO_PASSWORD)).rejects.toThrow("Throttled");
  });

  it("refuses a deactivated account", async () => {
    const email = `inactive-${randomUUID()}@example.se`;
    const user = await createUser(email);
    const prisma = await db();
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authorize(email, DEMO_PASSWORD)).toBeNull();
  });
});
