// `npm test`: the whole suite. Type check, unit tests, integration tests against a real
// PostgreSQL server, then a production build driven end to end in Chromium.
// Installs or starts PostgreSQL and Chromium when they are missing.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bin, clearRenderedCache, ensureBuild, ensurePrismaClient, log, root, run } from "./lib.mjs";
import { ensureChromium, ensurePostgres } from "./test-services.mjs";

const results = join(root, ".tmp", "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

ensurePrismaClient();
const testDatabaseUrl = ensurePostgres();
const e2eDatabaseUrl = testDatabaseUrl.replace(/\/[^/?]+(\?|$)/, "/samverkan_e2e$1");
const chromium = ensureChromium();
const where = new URL(testDatabaseUrl);
log(`Tests run against PostgreSQL at ${where.host} (databases samverkan_it and samverkan_e2e) and Chromium at ${chromium}.`);

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORTAL_ENV: "demo",
  TEST_DATABASE_URL: testDatabaseUrl,
  CHROMIUM_PATH: chromium,
};

const failures = [];
const step = (name, command, args, extraEnv = {}) => {
  log(`${name} …`);
  const status = run(command, args, { env: { ...env, ...extraEnv }, allowFailure: true });
  if (status !== 0) failures.push(name);
  return status;
};

step("Type check", bin("tsc"), ["--noEmit"]);
step("Unit and integration tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(results, "vitest.json")}`,
]);

const e2eEnv = {
  DATABASE_URL: e2eDatabaseUrl,
  E2E_PORT: process.env.E2E_PORT ?? "3100",
  NEXTAUTH_SECRET: "end-to-end-tests-secret-that-is-long-enough",
};
e2eEnv.NEXTAUTH_URL = `http://127.0.0.1:${e2eEnv.E2E_PORT}`;
log("Preparing the end-to-end database …");
run(bin("tsx"), [join(root, "scripts", "reset-database.ts")], { env: { ...env, ...e2eEnv } });
ensureBuild({ ...env, ...e2eEnv });
clearRenderedCache();
step("End-to-end tests in Chromium", bin("playwright"), ["test"], e2eEnv);

// One closing line for all tiers.
let passed = 0;
let failed = 0;
const vitestFile = join(results, "vitest.json");
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
const playwrightFile = join(results, "playwright.json");
if (existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, "utf8")).stats;
  passed += p.expected + p.flaky;
  failed += p.unexpected;
}
log(`Database: PostgreSQL at ${where.host}. Browser: ${chromium}.`);
if (failures.length > 0) log(`Failed: ${failures.join(", ")}.`);
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
