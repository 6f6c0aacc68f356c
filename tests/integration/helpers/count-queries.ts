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

/**
 * Statements sent on a connection that was still busy with another, while `work` runs: what
 * `Promise.all` over a transaction does. pg queues them and warns that pg 9 will refuse them.
 * (Reads pg 8's private queue fields: the public getters are themselves deprecated.)
 */
export async function overlappingQueries(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let overlapping = 0;
  pg.Client.prototype.query = function (this: pg.Client & { _activeQuery?: unknown; _queryQueue?: unknown[] }, ...args: unknown[]) {
    if (this._activeQuery || (this._queryQueue?.length ?? 0) > 0) overlapping++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
    return overlapping;
  } finally {
    pg.Client.prototype.query = original;
  }
}
