import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { pgliteConnection, pgPoolConnection, type SqlConnection } from "./sql-connection";

export type DatabaseKind = "postgresql" | "pglite";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlConnection;
  close(): Promise<void>;
}

/**
 * The one place that decides which database the portal runs on: PostgreSQL when
 * DATABASE_URL is set, otherwise the embedded PGlite in a folder under the project.
 */
export async function openDatabase(options: { databaseUrl?: string; pgliteDir?: string } = {}): Promise<Database> {
  const env = readEnv();
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;

  if (databaseUrl) {
    const pool = new Pool({ connectionString: databaseUrl, max: 10 });
    // An idle connection the server ends (a restart, a terminated backend, a dropped
    // database) is reported here; without a listener Node treats it as an uncaught error
    // and the whole server stops. The pool opens a new connection when one is next needed.
    pool.on("error", (error) => console.error("An idle database connection was closed by the server:", error.message));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgresql",
      prisma,
      sql: pgPoolConnection(pool),
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }

  const dataDir = options.pgliteDir ?? resolve(/* turbopackIgnore: true */ process.cwd(), env.PGLITE_DIR);
  // PGlite does not create missing parent folders of its data directory.
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const pglite = await PGlite.create(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteConnection(pglite),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
