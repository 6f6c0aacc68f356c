// Fills the bench database (already migrated, with the demo) with the national data set.
import { generateBenchData } from "./generate-data";

const counts = await generateBenchData(process.env.DATABASE_URL ?? "");
console.log(`Bench data: ${Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(", ")}.`);
