import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checksumOf, migrate, MigrationError, readMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open";
import { createScratchDatabase, withClient } from "./helpers/databases";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase(): Promise<{ url: string; database: Database }> {
  const scratch = await createScratchDatabase();
  const database = await openDatabase({ databaseUrl: scratch.url });
  cleanups.push(async () => {
    await database.close();
    await scratch.drop();
  });
  return { url: scratch.url, database };
}

function migrationsWith(extra: { name: string; sql: string }) {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-migrations-"));
  cpSync(join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
  mkdirSync(join(dir, extra.name));
  writeFileSync(join(dir, extra.name, "migration.sql"), extra.sql);
  return readMigrations(dir);
}

describe("migration runner", () => {
  it("builds an empty database, and a second run changes nothing", async () => {
    const { url, database } = await emptyDatabase();
    const all = readMigrations().map((m) => m.name);

    const first = await migrate(database.sql);
    expect(first.applied).toEqual(all);

    const second = await migrate(database.sql);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(all.length);

    const rows = await withClient(url, async (c) =>
      (await c.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`)).rows,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(all);
    for (const row of rows) {
      const sql = readFileSync(join(process.cwd(), "prisma", "migrations", row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(checksumOf(sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("rolls a failing migration back whole and names the file that failed", async () => {
    const { url, database } = await emptyDatabase();
    const migrations = migrationsWith({
      name: "99990101000000_broken",
      sql: `CREATE TABLE "HalfWritten" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n`,
    });

    const error = await migrate(database.sql, migrations).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain("99990101000000_broken");
    expect((error as Error).message).toContain("NoSuchTable");

    const state = await withClient(url, async (c) => ({
      halfWritten: (await c.query(`SELECT to_regclass('"HalfWritten"') AS t`)).rows[0].t,
      recorded: (await c.query(`SELECT migration_name FROM "_prisma_migrations"`)).rows.map((r) => r.migration_name),
    }));
    expect(state.halfWritten).toBeNull();
    expect(state.recorded).not.toContain("99990101000000_broken");
    // The good migrations before it stay applied.
    expect(state.recorded).toEqual(readMigrations().map((m) => m.name));
  });

  it("refuses to continue when an applied migration was edited afterwards", async () => {
    const { database } = await emptyDatabase();
    await migrate(database.sql);
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: checksumOf(m.sql + "\n-- edited") } : m));
    await expect(migrate(database.sql, edited)).rejects.toThrow(/was changed after it was applied/);
  });
});
