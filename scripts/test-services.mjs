// Installs and starts what the test suite needs on a machine of this kind (Debian, root):
// a PostgreSQL server and Debian's Chromium. Each step is skipped when already in place.
import { existsSync, readdirSync } from "node:fs";
import { capture, fail, log, run } from "./lib.mjs";

const PG_PORT = process.env.TEST_PG_PORT ?? "5432";
const ROLE = "samverkan";

let aptUpdated = false;
function aptInstall(...packages) {
  if (process.getuid?.() !== 0) {
    fail(`Missing ${packages.join(", ")}. Install them (apt-get install ${packages.join(" ")}) or run npm test as root.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    log("apt-get update …");
    run("apt-get", ["update", "-qq"], { env });
    aptUpdated = true;
  }
  log(`Installing ${packages.join(", ")} from Debian …`);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env });
}

function pgReady() {
  return capture("pg_isready", ["-q", "-h", "127.0.0.1", "-p", PG_PORT]).status === 0;
}

function asPostgres(sql) {
  return capture("su", ["postgres", "-c", `psql -p ${PG_PORT} -v ON_ERROR_STOP=1 -qAtc "${sql.replace(/"/g, '\\"')}"`]);
}

/** Returns a URL for the role the tests use, on a local PostgreSQL it started if needed. */
export function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) {
    log("PostgreSQL: using TEST_DATABASE_URL from the environment.");
    return process.env.TEST_DATABASE_URL;
  }
  if (!existsSync("/usr/lib/postgresql")) aptInstall("postgresql");
  if (!pgReady()) {
    const version = readdirSync("/usr/lib/postgresql").sort().at(-1);
    const clusters = capture("pg_lsclusters", ["-h"]).stdout.trim();
    if (!clusters) run("pg_createcluster", [version, "main", "--port", PG_PORT]);
    const [clusterVersion, clusterName] = (clusters || `${version} main`).split(/\s+/);
    log(`Starting PostgreSQL ${clusterVersion} (cluster ${clusterName}) …`);
    run("pg_ctlcluster", [clusterVersion, clusterName, "start"]);
    for (let i = 0; i < 30 && !pgReady(); i++) capture("sleep", ["1"]);
    if (!pgReady()) fail("PostgreSQL did not start.");
  }
  const exists = asPostgres(`SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`);
  if (exists.status !== 0) fail(`Cannot reach PostgreSQL as the postgres user: ${exists.stderr}`);
  if (exists.stdout.trim() !== "1") {
    // CREATEDB is all the tests need: they create and drop their own databases.
    const created = asPostgres(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'`);
    if (created.status !== 0) fail(`Could not create the ${ROLE} role: ${created.stderr}`);
  }
  return `postgresql://${ROLE}:${ROLE}@127.0.0.1:${PG_PORT}/samverkan_it`;
}

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${path} does not exist.`);
    aptInstall("chromium");
  }
  return path;
}
