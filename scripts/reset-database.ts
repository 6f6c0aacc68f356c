// Recreates the database DATABASE_URL names, migrates it and loads the demo: a known
// world for the end-to-end tests. Refuses anything but a local test database.
import pg from "pg";
import { migrate } from "../src/lib/db/migrate";
import { openDatabase } from "../src/lib/db/open";
import { seedDemoIfEmpty } from "../src/lib/db/seed/seed-demo";

const url = new URL(process.env.DATABASE_URL ?? "");
const name = url.pathname.slice(1);
if (!/^samverkan_(e2e|bench|it)[a-z0-9_]*$/.test(name)) {
  throw new Error(`Refusing to reset "${name}": only samverkan_e2e*, samverkan_bench* or samverkan_it* databases.`);
}
const maintenance = new URL(url);
maintenance.pathname = "/postgres";
const client = new pg.Client({ connectionString: maintenance.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();

const database = await openDatabase({ databaseUrl: url.toString() });
try {
  await migrate(database.sql);
  if (!process.argv.includes("--no-seed")) await seedDemoIfEmpty(database.prisma);
} finally {
  await database.close();
}
console.log(`Database ${name} recreated${process.argv.includes("--no-seed") ? "" : " with the demo data"}.`);
