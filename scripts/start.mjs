// `npm start`: the portal with demo data on the embedded database, or on PostgreSQL when
// DATABASE_URL is set. Installs nothing system-wide; everything it needs is in node_modules.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bin, clearRenderedCache, ensureBuild, ensurePrismaClient, fail, log, root, run, serve, serverEnv } from "./lib.mjs";

const dev = process.argv.includes("--dev");
const env = { ...process.env };
env.PORT ??= "3000";
env.PORTAL_ENV ??= "demo";
env.PGLITE_DIR ??= "data/pglite";
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
env.NEXT_TELEMETRY_DISABLED = "1";

if (env.PORTAL_ENV === "production") {
  const missing = ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"].filter((k) => !process.env[k]);
  if (missing.length > 0) {
    fail(`PORTAL_ENV=production needs ${missing.join(", ")} in the environment. See README, "Environment variables".`);
  }
} else if (!env.NEXTAUTH_SECRET) {
  // The demo keeps one generated secret beside its data, so sign-ins survive restarts.
  const secretFile = join(root, "data", "nextauth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(join(root, "data"), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

ensurePrismaClient();
log(env.DATABASE_URL ? "Database: PostgreSQL from DATABASE_URL." : `Database: embedded PGlite in ${env.PGLITE_DIR}.`);
run(bin("tsx"), [join(root, "scripts", "prepare-db.ts"), ...(env.PORTAL_ENV === "production" ? ["--no-seed"] : [])], { env });

if (dev) {
  serve(bin("next"), ["dev", "-p", env.PORT], { env });
} else {
  ensureBuild(env);
  clearRenderedCache();
  log(`Samverkansportalen: ${env.NEXTAUTH_URL}`);
  serve(bin("next"), ["start", "-p", env.PORT], { env: serverEnv(env) });
}
