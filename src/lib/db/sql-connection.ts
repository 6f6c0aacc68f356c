import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/** The few raw-SQL operations the migration runner needs, on either database. */
export interface SqlConnection {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` on one connection, so that session-level locks and transactions hold. */
  withSession<R>(work: (session: SqlConnection) => Promise<R>): Promise<R>;
}

export function pgliteConnection(pglite: PGlite): SqlConnection {
  const connection: SqlConnection = {
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query(sql, params) {
      const result = await pglite.query(sql, params);
      return result.rows as never;
    },
    // PGlite is one connection already.
    withSession: (work) => work(connection),
  };
  return connection;
}

export function pgPoolConnection(pool: Pool): SqlConnection {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query(sql, params) {
      const result = await pool.query(sql, params as unknown[]);
      return result.rows;
    },
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          async exec(sql) {
            await client.query(sql);
          },
          async query(sql, params) {
            return (await client.query(sql, params as unknown[])).rows;
          },
          withSession: () => {
            throw new Error("Nested sessions are not supported");
          },
        });
      } finally {
        client.release();
      }
    },
  };
}
