import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { actorForSession } from "@/lib/auth/current-actor";
import { authOptions } from "@/lib/auth/options";
import { sessionClaims } from "@/lib/auth/session-token";
import { hashPassword } from "@/lib/auth/password";
import { db, database } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/db/seed/enkoping-demo";
import { endSessions } from "@/lib/users/sessions";

process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
afterAll(async () => (await database()).close());

const secret = () => process.env.NEXTAUTH_SECRET!;
const authorize = (authOptions.providers[0] as CredentialsConfig).options.authorize!;

async function createUser() {
  const prisma = await db();
  const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Socialförvaltningen" } });
  const email = `session-${randomUUID()}@example.se`;
  const user = await prisma.user.create({
    data: { email, name: "Sara Session", role: "MUNICIPAL_OFFICIAL", organisationId: org.id, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  return { id: user.id, email };
}

/** Signs in as next-auth does and returns the session cookie's value. */
async function signIn(email: string): Promise<string> {
  const user = await authorize({ email, password: DEMO_PASSWORD }, { headers: {} } as never);
  expect(user).not.toBeNull();
  const token = await authOptions.callbacks!.jwt!({ token: { sub: user!.id, name: user!.name, email: user!.email }, user: user!, account: null });
  return encode({ token, secret: secret() });
}

/** What a later request with that cookie is: the token it decodes to, and the actor it yields. */
async function request(cookie: string) {
  const token = (await decode({ token: cookie, secret: secret() })) as JWT;
  return { token, actor: await actorForSession(await sessionClaims(cookie)) };
}

const signOut = (token: JWT) => authOptions.events!.signOut!({ token, session: null as never });

describe("sessions end when they should", () => {
  it("after sign-out the old cookie no longer yields an actor, and a new sign-in works", async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    const before = await request(cookie);
    expect(before.actor?.id).toBe(user.id);

    await signOut(before.token);
    expect((await request(cookie)).actor).toBeNull();

    const again = await signIn(user.email);
    expect((await request(again)).actor?.id).toBe(user.id);
    // The sign-out is in the audit log.
    const prisma = await db();
    expect(await prisma.auditLog.count({ where: { action: "auth.signOut", entityId: user.id } })).toBe(1);
  });

  it("an ended cookie cannot be used to sign out the sessions that came after it", async () => {
    const user = await createUser();
    const old = await signIn(user.email);
    const oldToken = (await request(old)).token;
    await signOut(oldToken);
    const current = await signIn(user.email);
    await signOut(oldToken);
    expect((await request(current)).actor?.id).toBe(user.id);
  });

  it("endSessions ends every session of the user, and only theirs", async () => {
    const user = await createUser();
    const other = await createUser();
    const [laptop, phone, colleague] = [await signIn(user.email), await signIn(user.email), await signIn(other.email)];
    await endSessions(user.id);
    expect((await request(laptop)).actor).toBeNull();
    expect((await request(phone)).actor).toBeNull();
    expect((await request(colleague)).actor?.id).toBe(other.id);
  });

  it("a deactivated user's cookie yields no actor, nor after reactivation when the sessions were ended", async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    const prisma = await db();
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { active: false } });
      await endSessions(user.id, tx);
    });
    expect((await request(cookie)).actor).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { active: true } });
    expect((await request(cookie)).actor).toBeNull();
  });

  it("a cookie from before sessions had versions yields no actor", async () => {
    const user = await createUser();
    const legacy = await encode({ token: { sub: user.id, name: "Sara Session", email: user.email }, secret: secret() });
    expect((await request(legacy)).actor).toBeNull();
  });
});
