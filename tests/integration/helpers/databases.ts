import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Integration tests run against a real PostgreSQL server named by TEST_DATABASE_URL
 * (`npm test` starts one and sets it). Tests that need an empty database create their own.
 */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the integration tests through `npm test`.");
  return url;
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onMaintenanceDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(testDatabaseUrl(), "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * DROP DATABASE … WITH (FORCE) ends the tests' own lingering connections, but may not end a
 * backend of another role: an autovacuum worker that PostgreSQL started on freshly written
 * data. That one stops by itself within moments, so the drop is tried again.
 */
async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt === 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to recreate database "${name}"`);
  await onMaintenanceDb(async (client) => {
    await dropDatabase(client, name);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** A new, empty database for one test; drop it with the returned function. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `samverkan_scratch_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(testDatabaseUrl(), name);
  await recreateDatabase(url);
  return {
    url,
    drop: () => onMaintenanceDb((client) => dropDatabase(client, name)),
  };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
