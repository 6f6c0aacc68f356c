import pg from "pg";

/** Statements sent to PostgreSQL while `work` runs: every Prisma and raw query passes through pg.Client#query. */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ queries: number; result: T }> {
  const original = pg.Client.prototype.query;
  let queries = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await work();
    return { queries, result };
  } finally {
    pg.Client.prototype.query = original;
  }
}
