// `npm run bench`: the production server on PostgreSQL with a national data set, measured
// the way issues 12 and 13 ask: every signed-in list, each role's dashboard and the
// agreement report, the public promise page against the same server's static route, open
// data for one municipality and the whole country; bytes, queries per request, p50/p95 and
// req/s at 10 concurrent connections, peak memory, and how fast a publication reaches a
// second instance. Traffic stays on loopback; every run is bounded in time.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { bin, capture, clearRenderedCache, ensureBuild, ensurePrismaClient, fail, log, root, run, serverEnv } from "./lib.mjs";
import { measureFreshness } from "./bench/freshness.mjs";
import { measure, warmUp } from "./bench/load.mjs";
import { mb, sampleMemory } from "./bench/memory.mjs";
import { startNginx } from "./bench/nginx.mjs";
import { TARGETS, pageTable, printTable, serverChecks } from "./bench/report.mjs";
import { signIn } from "./bench/sign-in.mjs";
import benchUsers from "./bench/users.json" with { type: "json" };
import { ensureChromium, ensurePostgres } from "./test-services.mjs";

const PORTS = { first: 3300, nginxStatic: 3301, microCache: 3302, second: 3303, twoInstances: 3304, firstCounter: 3305, secondCounter: 3306 };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARM_UP_ROUNDS = Number(process.env.BENCH_WARM_UP_ROUNDS ?? 40);
const CONNECTIONS = 10;
const base = `http://127.0.0.1:${PORTS.first}`;
const work = join(root, ".tmp", "bench");
const staticCopy = join(root, "public", "bench", "promise-static.html");
// A prerendered route of the promise page's size, served through Next's cache as pages are.
// Under the language segment, as every page is: /bench-static is served as /sv/bench-static.
const staticDir = join(root, "src", "app", "[locale]", "bench-static");
const staticRoute = join(staticDir, "route.ts");
// The least any signed-in page renders: the signed-in layout (session, user, menu) around a
// heading. What a signed-in page can cost at best on this machine, beside what each one costs.
const floorDir = join(root, "src", "app", "[locale]", "(app)", "bench-floor");
const children = [];

process.on("exit", () => {
  children.forEach((c) => c.kill("SIGTERM"));
  // Never leave the bench's pages behind: not in the sources, and not in a build that
  // `npm start` would serve (removing BUILD_ID makes the next start build afresh).
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(join(root, "public", "bench"), { recursive: true, force: true });
  rmSync(join(root, ".next", "types"), { recursive: true, force: true });
  rmSync(join(root, ".next", "BUILD_ID"), { force: true });
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(1));

// ------------------------------------------------------------------ set-up
ensurePrismaClient();
const databaseUrl = ensurePostgres().replace(/\/[^/?]+(\?|$)/, "/samverkan_bench$1");
const chromiumPath = ensureChromium();
// nginx for the second instance and the micro-cache; jemalloc, which the server runs on
// when it is installed (serverEnv in scripts/lib.mjs), as a deployment should.
const missing = [
  ...(capture("which", ["nginx"]).status !== 0 ? ["nginx-light"] : []),
  ...(capture("dpkg", ["-s", "libjemalloc2"]).status !== 0 ? ["libjemalloc2"] : []),
];
if (missing.length > 0) run("apt-get", ["install", "-y", "-qq", ...missing], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: "benchmark-secret-that-is-long-enough-for-next-auth",
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: "1",
  PORTAL_ENV: "demo",
};
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

log("Recreating the bench database with the demo and the national data set …");
run(bin("tsx"), [join(root, "scripts", "reset-database.ts")], { env });
run(bin("tsx"), [join(root, "scripts", "bench", "fill-database.ts")], { env });

const promisePath = "/benchkommun-145/medborgarloften/tryggare-centrum-3";

// The static ceiling needs the promise page's HTML as a file the same server serves, and
// Next serves only public files that existed at build time: build, capture, build again.
rmSync(staticCopy, { force: true });
ensureBuild(env);
let first = await startServer(PORTS.first, PORTS.firstCounter, "bench-first");
const html = await (await fetch(base + promisePath)).text();
await stopServer(first);
mkdirSync(join(root, "public", "bench"), { recursive: true });
writeFileSync(staticCopy, html);
mkdirSync(staticDir, { recursive: true });
writeFileSync(join(work, "promise.html"), html);
// Prerendered at build and served from Next's cache: exactly the promise page's bytes.
writeFileSync(
  staticRoute,
  `// Written by npm run bench and removed when it ends: a static page of the promise page's size.\n` +
    `import { readFileSync } from "node:fs";\n` +
    `export const dynamic = "force-static";\n` +
    `export function generateStaticParams() { return [{ locale: "sv" }]; }\n` +
    `export function GET() {\n` +
    `  return new Response(readFileSync(${JSON.stringify(join(work, "promise.html"))}), { headers: { "Content-Type": "text/html; charset=utf-8" } });\n` +
    `}\n`,
);
mkdirSync(floorDir, { recursive: true });
writeFileSync(
  join(floorDir, "page.tsx"),
  `// Written by npm run bench and removed when it ends: a signed-in page with nothing of its own.\n` +
    `export default function BenchFloor() {\n` +
    `  return <h1>Floor</h1>;\n` +
    `}\n`,
);

ensureBuild(env);
clearRenderedCache();
first = await startServer(PORTS.first, PORTS.firstCounter, "bench-first");
const nginx = startNginx(work, {
  staticPort: PORTS.nginxStatic,
  microCachePort: PORTS.microCache,
  twoInstancesPort: PORTS.twoInstances,
  instancePorts: [PORTS.first, PORTS.second],
});
children.push(nginx);

// ------------------------------------------------------------------ measurements
// The machine may be shared: the load before and after says how far the figures are the portal's alone.
const loadBefore = loadavg()[0];
const memory = sampleMemory(first.pid);
const queries = async () => Number(await (await fetch(`http://127.0.0.1:${PORTS.firstCounter}/`)).text());
const rows = [];
const row = async (kind, spec) => {
  const measured = { kind, ...(await measure({ connections: CONNECTIONS, seconds: SECONDS, queries, memory, ...spec })) };
  rows.push(measured);
  return measured;
};

const cookies = {};
for (const [role, user] of Object.entries(benchUsers.users)) cookies[role] = await signIn(base, user.email, benchUsers.password);
const agreementId = await reportAgreementId();
const signedInPages = [
  ["Dashboard /oversikt", "/oversikt", ["official", "police", "forumMember", "admin"]],
  ["Report /avtal/<id>/rapport", `/avtal/${agreementId}/rapport`, ["official", "police", "admin"]],
  ...["/loften", "/avtal", "/dialoger", "/forum", "/lagesbild"].map((path) => [
    `List ${path}`,
    path,
    path === "/forum" ? ["official", "police", "forumMember", "admin"] : ["official", "police", "admin"],
  ]),
];
const signedInRequests = (server) => [
  { url: server + "/bench-floor", cookie: cookies.official },
  ...signedInPages.flatMap(([, path, roles]) => roles.map((role) => ({ url: server + path, cookie: cookies[role] }))),
];
const publicPaths = ["/bench-static", promisePath, "/", "/benchkommun-001", "/api/public/v1/promises?municipality=benchkommun-145"];
await warmUp([...publicPaths.map((path) => ({ url: base + path })), ...signedInRequests(base)], WARM_UP_ROUNDS);

const reference = {
  staticRoute: await row("reference", { name: "Static route, promise page's bytes", url: `${base}/bench-static` }),
  nginxStatic: await row("reference", { name: "Static file (nginx)", url: `http://127.0.0.1:${PORTS.nginxStatic}/promise.html` }),
};
const promise = await row("public", { name: "Public promise page", url: base + promisePath });
await row("public", { name: "Public start page (by county)", url: `${base}/` });
await row("public", { name: "Public municipality page", url: `${base}/benchkommun-001` });
await row("microCache", { name: "Promise page via nginx micro-cache", url: `http://127.0.0.1:${PORTS.microCache}${promisePath}` });
await row("data", { name: "Open data JSON, one municipality", url: `${base}/api/public/v1/promises?municipality=benchkommun-145` });
for (const [name, path] of [["Open data JSON, whole country", "/api/public/v1/promises"], ["Open data CSV, whole country", "/api/public/v1/promises.csv"]]) {
  await row("download", { name, url: base + path, seconds: undefined });
}

const measureSignedIn = async (kind, server, suffix, options = {}) => {
  await row("reference", { name: "Signed-in floor: layout and a heading" + suffix, role: "official", url: server + "/bench-floor", cookie: cookies.official, ...options });
  for (const [name, path, roles] of signedInPages) {
    for (const role of roles) await row(kind, { name: name + suffix, role, url: server + path, cookie: cookies[role], ...options });
  }
};
await measureSignedIn("signedIn", base, "");
if (rows.filter((r) => r.kind === "signedIn").every((r) => r.queries === 0)) fail("The query counter saw no queries: it did not load into the server.");

// A deployment on this machine's two cores runs two instances behind a proxy: the same
// signed-in pages through nginx, to the one with fewer requests in flight (a session is valid on either).
log("Starting a second instance behind nginx …");
const second = await startServer(PORTS.second, PORTS.secondCounter, "bench-second");
const secondMemory = sampleMemory(second.pid);
const bothQueries = async () => (await queries()) + Number(await (await fetch(`http://127.0.0.1:${PORTS.secondCounter}/`)).text());
// Through nginx, which alternates: the second instance gets its own share of the warm-up.
await warmUp(signedInRequests(`http://127.0.0.1:${PORTS.twoInstances}`), 2 * WARM_UP_ROUNDS);
await measureSignedIn("signedInTwo", `http://127.0.0.1:${PORTS.twoInstances}`, ", two instances", { queries: bothQueries });

log("Publication …");
memory.phase();
const publication = await measureFreshness(chromiumPath, base, {
  "same instance": base,
  "other instance": `http://127.0.0.1:${PORTS.second}`,
  // Round robin: the change has reached both instances when two answers in a row show it.
  "two instances behind nginx": { url: `http://127.0.0.1:${PORTS.twoInstances}`, inARow: 2 },
  "nginx micro-cache": `http://127.0.0.1:${PORTS.microCache}`,
});
publication.rssMb = mb(memory.phase());
log(`Publication visible after ${JSON.stringify(publication.ms)} ms (cache before: ${JSON.stringify(publication.cacheBefore)})`);
const peakRssMb = mb(memory.stop());
const secondPeakRssMb = mb(secondMemory.stop());
const loadAfter = loadavg()[0];

await stopServer(second);
await stopServer(first);
nginx.kill("SIGQUIT");
rmSync(join(root, "public", "bench"), { recursive: true, force: true });
rmSync(staticDir, { recursive: true, force: true });
rmSync(floorDir, { recursive: true, force: true });

// ------------------------------------------------------------------ report
console.log(`\nSamverkansportalen benchmark, ${CONNECTIONS} connections, ${SECONDS} s a page, PostgreSQL, national data set`);
console.log(`Load average (1 min) ${loadBefore.toFixed(2)} before the measurements, ${loadAfter.toFixed(2)} after, on ${availableParallelism()} cores\n`);
const table = pageTable(rows, reference);
printTable(table);
const checks = serverChecks({ peakRssMb, secondPeakRssMb, promise, staticRoute: reference.staticRoute, publication });
console.log("");
printTable([["Target", "measured", "target", "met"], ...checks.map(([a, b, c, ok]) => [a, b, c, ok ? "yes" : "NO"])]);
mkdirSync(join(root, "bench-results"), { recursive: true });
writeFileSync(
  join(root, "bench-results", "latest.json"),
  JSON.stringify({ at: new Date().toISOString(), cores: availableParallelism(), loadBefore, loadAfter, connections: CONNECTIONS, seconds: SECONDS, targets: TARGETS, rows, table, publication, peakRssMb, secondPeakRssMb, checks }, null, 2),
);
process.exit(0);

// ------------------------------------------------------------------ helpers
async function startServer(port, counterPort, instanceId) {
  const serverEnvironment = serverEnv({ ...env, PORTAL_INSTANCE_ID: instanceId, BENCH_QUERY_COUNTER_PORT: String(counterPort) });
  serverEnvironment.NODE_OPTIONS = `${serverEnvironment.NODE_OPTIONS} --require ${join(root, "scripts", "bench", "count-queries.cjs")}`;
  const child = spawn(bin("next"), ["start", "-p", String(port)], { cwd: root, env: serverEnvironment, stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail("The portal did not start.");
}

async function stopServer(child) {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

/** The agreement in force in Benchkommun 001: within every measured role's reach, its report reads the national data. */
async function reportAgreementId() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query(`SELECT a.id FROM "Agreement" a JOIN "Municipality" m ON m.id = a."municipalityId" WHERE m.slug = 'benchkommun-001' AND a.status = 'ACTIVE'`);
    return found.rows[0].id;
  } finally {
    await client.end();
  }
}
