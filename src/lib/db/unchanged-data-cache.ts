import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "./index";

/**
 * The database's state as PostgreSQL's current snapshot: which transactions that write have
 * ended and which are still running. Reading it sends no write and takes no transaction id,
 * so it stays the same while nothing is written, and changes with any write that starts or
 * ends anywhere in the database server: an action on any instance, a script, a test.
 */
export async function databaseState(): Promise<string> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ state: string }[]>`SELECT pg_current_snapshot()::text AS state`;
  return row!.state;
}

/**
 * A cache of one kind of expensive read (a dashboard, a report), kept only while the database
 * is unchanged: each entry is filed under the state read before it was computed, so a request
 * finds it only if nothing has been written since. Two requests see the same state only if no
 * writing transaction began or ended between them, so whatever the first read (at that state
 * or later) is exactly what the second would read. A user's own change is therefore always
 * in their next page, on every instance, and no change needs to expire anything.
 *
 * The key must hold everything else the read depends on: the user, the page's parameters,
 * and the day when figures depend on it. `maxAgeMs` bounds reads that depend on the clock
 * (the next meetings). Requests that arrive while the same read runs wait for it.
 */
export function unchangedDataCache<V extends object>({ entries, maxAgeMs }: { entries: number; maxAgeMs: number }) {
  const cache = new LRUCache<string, V, () => Promise<V>>({
    max: entries,
    ttl: maxAgeMs,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return async function read(key: readonly unknown[], compute: () => Promise<V>): Promise<V> {
    const state = await databaseState();
    const value = await cache.fetch(JSON.stringify([state, ...key]), { context: compute });
    return value!;
  };
}
