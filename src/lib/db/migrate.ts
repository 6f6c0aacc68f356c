import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SqlConnection } from "./sql-connection";

/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native
 * schema engine (which cannot be downloaded on these machines). Each migration runs in
 * its own transaction and is recorded in `_prisma_migrations` with Prisma's checksum, so a
 * machine that has the engine sees the same history.
 */

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

// Any constant works; it only has to be the same for every instance of the portal.
const MIGRATION_LOCK_KEY = 72_707_369;

export const defaultMigrationsDir = () => resolve(process.cwd(), "prisma", "migrations");

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

export function readMigrations(dir = defaultMigrationsDir()): MigrationFile[] {
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8").replace(/\r\n/g, "\n");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

export async function migrate(connection: SqlConnection, migrations = readMigrations()): Promise<MigrationResult> {
  return connection.withSession(async (session) => {
    // Serialises portal instances starting together against one PostgreSQL server.
    await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(CREATE_BOOKKEEPING);
      const rows = await session.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
      );
      const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));

      const applied: string[] = [];
      for (const migration of migrations) {
        const recorded = done.get(migration.name);
        if (recorded !== undefined) {
          if (recorded !== migration.checksum) {
            throw new Error(
              `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
                "Add a new migration instead of editing an applied one.",
            );
          }
          continue;
        }
        await applyOne(session, migration);
        applied.push(migration.name);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyOne(session: SqlConnection, migration: MigrationFile) {
  await session.exec("BEGIN");
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK").catch(() => undefined);
    throw new MigrationError(migration.name, error);
  }
}
