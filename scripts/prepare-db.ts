// Brings the configured database up to date and loads the demo when it is empty.
// Run by `npm start` before the server opens the database; also `npm run migrate`.
import { migrate } from "../src/lib/db/migrate";
import { openDatabase } from "../src/lib/db/open";
import { seedDemoIfEmpty } from "../src/lib/db/seed/seed-demo";

const withSeed = !process.argv.includes("--no-seed");
const database = await openDatabase();
try {
  const where = database.kind === "pglite" ? `embedded PGlite (${process.env.PGLITE_DIR ?? "data/pglite"})` : "PostgreSQL (DATABASE_URL)";
  const { applied, alreadyApplied } = await migrate(database.sql);
  console.log(`Database: ${where}. Migrations: ${applied.length} applied, ${alreadyApplied} already in place.`);
  if (withSeed) {
    const seeded = await seedDemoIfEmpty(database.prisma);
    console.log(seeded === "seeded" ? "Demo data loaded (Enköping and Håbo)." : "Existing data kept; demo not loaded.");
  }
} finally {
  await database.close();
}
