import "server-only";
import { openDatabase, type Database } from "./open";

// One database per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { samverkanDb?: Promise<Database> };

export function database(): Promise<Database> {
  globalForDb.samverkanDb ??= openDatabase();
  return globalForDb.samverkanDb;
}

/** The Prisma client for the data layer (src/lib/<domain>); pages never call this. */
export async function db() {
  return (await database()).prisma;
}

export type { Prisma } from "@/generated/prisma/client";

export type Tx = Parameters<Parameters<Awaited<ReturnType<typeof db>>["$transaction"]>[0]>[0];

/** Runs `work` in one transaction: a change and its audit entry commit together or not at all. */
export async function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma = await db();
  return prisma.$transaction(work, { timeout: 20_000, maxWait: 10_000 });
}
