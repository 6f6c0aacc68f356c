import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { consume, readCounter } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { admit, THROTTLE, type ThrottleState } from "@/lib/auth/throttle-policy";
import { db, database } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/db/seed/enkoping-demo";
import { refused, signedIn, startSignInServer, throttled, TRUSTED_PROXY, type SignInOutcome } from "./helpers/sign-in-server";

// Counts how often a password is actually checked.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const passwordChecks = () => vi.mocked(verifyPassword).mock.calls.length;

let server: Awaited<ReturnType<typeof startSignInServer>>;
beforeAll(async () => {
  server = await startSignInServer();
});
afterAll(async () => {
  await server.close();
  await (await database()).close();
});
beforeEach(() => vi.mocked(verifyPassword).mockClear());

const FREE = THROTTLE.accountAtAddress;
let nextAddress = 10;
/** A loopback address no other test in this file connects from. */
const freshAddress = () => `127.0.${Math.floor(nextAddress / 250) + 1}.${(nextAddress++ % 250) + 1}`;
const fakeAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.${Math.floor(Math.random() * 250)}.0.1`;

async function createUser(password = DEMO_PASSWORD) {
  const prisma = await db();
  const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Socialförvaltningen" } });
  const email = `throttle-${randomUUID()}@example.se`;
  const user = await prisma.user.create({
    data: { email, name: "Test Testsson", role: "MUNICIPAL_OFFICIAL", organisationId: org.id, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, email };
}

const count = (outcomes: SignInOutcome[], is: (o: SignInOutcome) => boolean) => outcomes.filter(is).length;

describe("sign-in throttling under parallel attempts", () => {
  it("100 parallel wrong passwords for one account are checked no more often than the limit", async () => {
    const user = await createUser();
    const from = freshAddress();
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => server.signIn(user.email, `fel-${i}`, { from })));

    expect(passwordChecks()).toBeLessThanOrEqual(FREE);
    expect(count(outcomes, refused)).toBe(passwordChecks());
    expect(count(outcomes, throttled)).toBe(100 - passwordChecks());

    // Each checked failure is in the audit log, with a keyed hash of the address and no password.
    const prisma = await db();
    const failures = await prisma.auditLog.findMany({ where: { action: "auth.signInFailed", entityType: "User", entityId: user.id } });
    expect(failures).toHaveLength(passwordChecks());
    for (const entry of failures) {
      expect(entry.changes).toMatchObject({ reason: "wrongPassword", address: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) });
      expect(JSON.stringify({ ...entry, id: String(entry.id) })).not.toMatch(/fel-\d|127\.0\./);
    }
  });

  it("a burst that holds the right password, after the limit is used up, does not sign in", async () => {
    const user = await createUser();
    const from = freshAddress();
    for (let i = 0; i < FREE; i++) expect(refused(await server.signIn(user.email, `fel-${i}`, { from }))).toBe(true);
    vi.mocked(verifyPassword).mockClear();

    const burst = Array.from({ length: 30 }, (_, i) => (i === 7 ? DEMO_PASSWORD : `fel-igen-${i}`));
    const outcomes = await Promise.all(burst.map((password) => server.signIn(user.email, password, { from })));
    expect(count(outcomes, signedIn)).toBe(0);
    expect(count(outcomes, throttled)).toBe(30);
    expect(passwordChecks()).toBe(0);
  });

  it("a guesser at another address does not lock the owner out of their own", async () => {
    const user = await createUser();
    const attacker = freshAddress();
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => server.signIn(user.email, `gissning-${i}`, { from: attacker })));
    expect(count(outcomes, throttled)).toBeGreaterThan(0);

    const owner = freshAddress();
    expect(signedIn(await server.signIn(user.email, DEMO_PASSWORD, { from: owner }))).toBe(true);
  });

  it("a forged X-Forwarded-For gives no fresh budget when no proxy is trusted", async () => {
    const user = await createUser();
    const from = freshAddress();
    for (let i = 0; i < FREE; i++) {
      expect(refused(await server.signIn(user.email, `fel-${i}`, { from, headers: { "X-Forwarded-For": fakeAddress(), "X-Real-IP": fakeAddress() } }))).toBe(true);
    }
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.signIn(user.email, i === 3 ? DEMO_PASSWORD : "fel", { from, headers: { "X-Forwarded-For": fakeAddress() } })),
    );
    expect(count(outcomes, throttled)).toBe(20);
    // Nor does a forged copy of the portal's own address header.
    expect(throttled(await server.signIn(user.email, DEMO_PASSWORD, { from, headers: { "X-Samverkan-Client-Address": "203.0.113.99" } }))).toBe(true);
  });

  it("behind a trusted proxy each client address has its own budget, whatever the client wrote in front", async () => {
    const user = await createUser();
    const client = "203.0.113.10";
    for (let i = 0; i < FREE; i++) {
      const outcome = await server.signIn(user.email, `fel-${i}`, { from: TRUSTED_PROXY, headers: { "X-Forwarded-For": `${fakeAddress()}, ${client}` } });
      expect(refused(outcome)).toBe(true);
    }
    const again = await server.signIn(user.email, DEMO_PASSWORD, { from: TRUSTED_PROXY, headers: { "X-Forwarded-For": `${fakeAddress()}, ${client}` } });
    expect(throttled(again)).toBe(true);
    const colleague = await server.signIn(user.email, DEMO_PASSWORD, { from: TRUSTED_PROXY, headers: { "X-Forwarded-For": "203.0.113.11" } });
    expect(signedIn(colleague)).toBe(true);
  });

  it("slows down one address that tries many accounts", async () => {
    const from = freshAddress();
    for (let i = 0; i < THROTTLE.address; i++) {
      expect(refused(await server.signIn(`nobody-${i}-${randomUUID()}@example.se`, "fel", { from }))).toBe(true);
    }
    expect(throttled(await server.signIn("kommun@enkoping.demo", DEMO_PASSWORD, { from }))).toBe(true);
    expect(signedIn(await server.signIn("kommun@enkoping.demo", DEMO_PASSWORD, { from: freshAddress() }))).toBe(true);
  });

  it("a successful sign-in starts the account's count afresh at that address", async () => {
    const user = await createUser();
    const from = freshAddress();
    for (let i = 0; i < FREE - 1; i++) expect(refused(await server.signIn(user.email, "fel", { from }))).toBe(true);
    expect(signedIn(await server.signIn(user.email, DEMO_PASSWORD, { from }))).toBe(true);
    for (let i = 0; i < FREE - 1; i++) expect(refused(await server.signIn(user.email, "fel", { from }))).toBe(true);
    expect(signedIn(await server.signIn(user.email, DEMO_PASSWORD, { from }))).toBe(true);
  });
});

describe("the counter in PostgreSQL", () => {
  it("follows the policy in throttle-policy.ts step by step", async () => {
    const key = `test:${randomUUID()}`;
    const t0 = Date.now();
    // Bursts, waits that run out, attempts during waits, and a quiet window.
    const offsets = [0, 0, 0, 0, 0, 0, 1_000, 29_999, 30_000, 30_000, 60_000, 90_000, 90_001, 180_000, 180_000,
      180_000 + 120_000 + THROTTLE.windowMs + 1, 180_000 + 120_000 + THROTTLE.windowMs + 2];
    let expected: ThrottleState | null = null;
    for (const offset of offsets) {
      const now = new Date(t0 + offset);
      const step = admit(expected, now, FREE);
      expect(await consume(key, FREE, now), `attempt at +${offset} ms`).toBe(step.admitted);
      expected = step.next;
      expect(await readCounter(key), `state after +${offset} ms`).toEqual(expected);
    }
  });
});
