import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { afterFailure, isBlocked } from "./throttle-policy";

/** Keys for one account and for one client address; the address is stored only hashed. */
export function throttleKeys(email: string, clientAddress: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (clientAddress) keys.push(`addr:${createHash("sha256").update(clientAddress).digest("hex").slice(0, 32)}`);
  return keys;
}

export async function anyBlocked(keys: string[], now = new Date()): Promise<boolean> {
  const prisma = await db();
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((row) => isBlocked(row, now));
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    for (const key of keys) {
      const current = await tx.loginThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, now);
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

export async function clearFailures(email: string): Promise<void> {
  const prisma = await db();
  await prisma.loginThrottle.deleteMany({ where: { key: throttleKeys(email, null)[0] } });
}
