import { migrate } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { seedDemoIfEmpty } from "@/lib/db/seed/seed-demo";
import { recreateDatabase, testDatabaseUrl } from "./databases";

/** The shared integration database: recreated, migrated and loaded with the demo once per run. */
export default async function setup() {
  const url = testDatabaseUrl();
  await recreateDatabase(url);
  const database = await openDatabase({ databaseUrl: url });
  try {
    await migrate(database.sql);
    await seedDemoIfEmpty(database.prisma);
  } finally {
    await database.close();
  }
  const u = new URL(url);
  console.log(`Integration tests run against PostgreSQL at ${u.host}, database ${u.pathname.slice(1)}.`);
}
