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
