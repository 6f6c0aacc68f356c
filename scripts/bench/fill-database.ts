// Fills the bench database (already migrated, with the demo) with the large data set.
import { generateBenchData } from "./generate-data";

const counts = await generateBenchData(process.env.DATABASE_URL ?? "");
console.log(
  `Bench data: ${counts.municipalities} municipalities, ${counts.promises} published promises, ` +
    `${counts.activities} activities, ${counts.followUps} follow-ups.`,
);
