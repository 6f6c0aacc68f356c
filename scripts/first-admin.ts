// Creates the first administrator of a portal that has none (a new production database) and
// prints the one-time link with which they choose their password. Everything else is then done
// in the browser (README: "Starting a new municipality from the browser").
//   npm run first-admin -- --municipality Enköping --code 0381 --department Kommunledningsförvaltningen --name "Anna Andersson" --email anna.andersson@enkoping.se
import { parseArgs } from "node:util";
import { DomainError } from "../src/lib/actions/domain-error";
import { database } from "../src/lib/db";
import { migrate } from "../src/lib/db/migrate";
import { openDatabase } from "../src/lib/db/open";
import { messages } from "../src/lib/i18n";
import { createFirstAdministrator, ZFirstAdministrator } from "../src/lib/users/first-administrator";

const { values } = parseArgs({
  options: { municipality: { type: "string" }, code: { type: "string" }, department: { type: "string" }, name: { type: "string" }, email: { type: "string" } },
});
const input = ZFirstAdministrator.safeParse(values);
if (!input.success) {
  console.error(`Give --municipality, --department, --name and --email (and --code, the SCB code, four digits). Not accepted: ${input.error.issues.map((i) => i.path.join(".")).join(", ")}.`);
  process.exit(2);
}

const migrations = await openDatabase();
await migrate(migrations.sql);
await migrations.close();
try {
  const { municipality, link } = await createFirstAdministrator(input.data);
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  console.log(`Administrator ${input.data.email} created in ${municipality}.`);
  console.log(`They choose a password with this link, once, before ${link.expiresAt.toISOString()}:\n${base}${link.path}`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  const errors = messages("en").admin.errors as Record<string, string>;
  console.error(errors[error.messageKey.replace("admin.errors.", "")] ?? error.messageKey);
  process.exitCode = 1;
} finally {
  await (await database()).close();
}
