import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { keyedHash } from "./secret";
import { THROTTLE, type ThrottleState } from "./throttle-policy";

/**
 * Sign-in throttling in PostgreSQL (or the embedded PGlite), so that every server instance
 * shares it. Each counter moves in one `INSERT … ON CONFLICT DO UPDATE` statement: the row
 * lock makes parallel attempts queue, so a burst of any size is admitted at most as often
 * as the policy in throttle-policy.ts allows, and the password is checked only after.
 */

export interface ThrottleKeys {
  /** One account from one client address. */
  accountAtAddress: string;
  /** One client address, across accounts; null when the address is unknown. */
  address: string | null;
}

/** The client address as stored and logged: a keyed hash, never the address itself. */
export function hashAddress(address: string | null): string | null {
  return address ? keyedHash("client-address", address) : null;
}

/**
 * When the address is unknown (no address stamp: see client-address.ts) the account has
 * one counter for everyone, as before this was fixed: attempts stay limited, at the price
 * that a guesser can make the owner wait. All unknown addresses never share one counter,
 * which would let anyone make everyone wait.
 */
export function throttleKeys(email: string, clientAddress: string | null): ThrottleKeys {
  const address = hashAddress(clientAddress);
  const account = keyedHash("sign-in-account", email.trim().toLowerCase());
  return { accountAtAddress: `acct:${account}:${address ?? "unknown"}`, address: address && `addr:${address}` };
}

/**
 * Counts one attempt under `key` if its policy admits it now (see `admit` in
 * throttle-policy.ts, which this mirrors). True when admitted; false, with nothing counted,
 * while a wait is running.
 */
export async function consume(key: string, free: number, now = new Date()): Promise<boolean> {
  const prisma = await db();
  const at = Prisma.sql`CAST(${now.toISOString()} AS timestamptz)`;
  const ms = (value: number) => Prisma.sql`(CAST(${value} AS float8) * interval '1 millisecond')`;
  const freeSql = Prisma.sql`CAST(${free} AS integer)`;
  const fresh = Prisma.sql`(GREATEST(t."windowStart", COALESCE(t."blockedUntil", t."windowStart")) < ${at} - ${ms(THROTTLE.windowMs)})`;
  const attempts = Prisma.sql`(CASE WHEN ${fresh} THEN 1 ELSE t."attempts" + 1 END)`;
  const blockedUntil = (n: Prisma.Sql) => Prisma.sql`(CASE WHEN ${n} >= ${freeSql}
      THEN ${at} + LEAST(CAST(${THROTTLE.firstBlockMs} AS float8) * power(2::float8, LEAST(${n} - ${freeSql}, 30)), CAST(${THROTTLE.maxBlockMs} AS float8)) * interval '1 millisecond'
      ELSE NULL END)`;
  const rows = await prisma.$queryRaw<{ attempts: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "attempts", "windowStart", "blockedUntil")
    VALUES (${key}, 1, ${at}, ${blockedUntil(Prisma.sql`1`)})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = ${attempts},
      "windowStart" = CASE WHEN ${fresh} THEN ${at} ELSE t."windowStart" END,
      "blockedUntil" = ${blockedUntil(attempts)}
    WHERE t."blockedUntil" IS NULL OR t."blockedUntil" <= ${at}
    RETURNING "attempts"`;
  return rows.length === 1;
}

/**
 * Counts one attempt on both counters, address first: while the address waits, the
 * account's counter is left alone; an attempt at an account that waits still counts
 * against its address, so hammering one account soon stops the address as well.
 */
export async function admitAttempt(keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  await forgetOldCounters(now.getTime());
  if (keys.address && !(await consume(keys.address, THROTTLE.address, now))) return false;
  return consume(keys.accountAtAddress, THROTTLE.accountAtAddress, now);
}

/** A successful sign-in: the account starts afresh at this address; the address gets its attempt back. */
export async function attemptSucceeded(keys: ThrottleKeys): Promise<void> {
  const prisma = await db();
  await prisma.$executeRaw`DELETE FROM "LoginThrottle" WHERE "key" = ${keys.accountAtAddress}`;
  if (!keys.address) return;
  await prisma.$executeRaw`
    UPDATE "LoginThrottle" SET
      "attempts" = GREATEST("attempts" - 1, 0),
      "blockedUntil" = CASE WHEN "attempts" - 1 < CAST(${THROTTLE.address} AS integer) THEN NULL ELSE "blockedUntil" END
    WHERE "key" = ${keys.address}`;
}

export async function readCounter(key: string): Promise<ThrottleState | null> {
  const prisma = await db();
  return prisma.loginThrottle.findUnique({ where: { key }, select: { attempts: true, windowStart: true, blockedUntil: true } });
}

let lastSweep = 0;

/** Counters whose window has passed mean nothing; drop them now and then. */
async function forgetOldCounters(now: number): Promise<void> {
  if (now - lastSweep < THROTTLE.windowMs) return;
  lastSweep = now;
  const prisma = await db();
  const before = new Date(now - THROTTLE.windowMs).toISOString();
  await prisma.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE GREATEST("windowStart", COALESCE("blockedUntil", "windowStart")) < CAST(${before} AS timestamptz)`;
}
