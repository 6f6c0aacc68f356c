// `npm run bench`: measures the public pages under load on PostgreSQL with a large data
// set, against the same server's static ceiling and nginx's, and how fast a publication
// reaches visitors. Traffic stays on loopback; every run is bounded in time.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { bin, capture, clearRenderedCache, ensureBuild, ensurePrismaClient, fail, log, root, run, serverEnv } from "./lib.mjs";
import { ensureChromium, ensurePostgres } from "./test-services.mjs";

const PORT = 3300;
const NGINX_STATIC = 3301;
const NGINX_PROXY = 3302;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const base = `http://127.0.0.1:${PORT}`;
const work = join(root, ".tmp", "bench");
const staticCopy = join(root, "public", "bench", "promise-static.html");
// A prerendered route of the promise page's size, served through Next's cache as pages are.
const staticRoute = join(root, "src", "app", "bench-static", "route.ts");
const children = [];

process.on("exit", () => {
  children.forEach((c) => c.kill("SIGTERM"));
  // Never leave the bench's pages behind: not in the sources, and not in a build that
  // `npm start` would serve (removing BUILD_ID makes the next start build afresh).
  rmSync(join(root, "src", "app", "bench-static"), { recursive: true, force: true });
  rmSync(join(root, "public", "bench"), { recursive: true, force: true });
  rmSync(join(root, ".next", "types"), { recursive: true, force: true });
  rmSync(join(root, ".next", "BUILD_ID"), { force: true });
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(1));

// ------------------------------------------------------------------ set-up
ensurePrismaClient();
const databaseUrl = ensurePostgres().replace(/\/[^/?]+(\?|$)/, "/samverkan_bench$1");
const chromiumPath = ensureChromium();
if (capture("which", ["nginx"]).status !== 0) {
  run("apt-get", ["install", "-y", "-qq", "nginx-light"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}
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

log("Recreating the bench database with the demo and the large data set …");
run(bin("tsx"), [join(root, "scripts", "reset-database.ts")], { env });
run(bin("tsx"), [join(root, "scripts", "bench", "fill-database.ts")], { env });

const promisePath = "/benchkommun-145/medborgarloften/tryggare-centrum-3";
const jsonPath = "/api/public/v1/promises?municipality=benchkommun-145";

// The static ceiling needs the promise page's HTML as a file the same server serves, and
// Next serves only public files that existed at build time: build, capture, build again.
rmSync(staticCopy, { force: true });
ensureBuild(env);
let server = await startServer();
const html = await (await fetch(base + promisePath)).text();
await stopServer(server);
mkdirSync(join(root, "public", "bench"), { recursive: true });
writeFileSync(staticCopy, html);
mkdirSync(join(root, "src", "app", "bench-static"), { recursive: true });
writeFileSync(join(work, "promise.html"), html);
// Prerendered at build and served from Next's cache: exactly the promise page's bytes.
writeFileSync(
  staticRoute,
  `// Written by npm run bench and removed when it ends: a static page of the promise page's size.\n` +
    `import { readFileSync } from "node:fs";\n` +
    `export const dynamic = "force-static";\n` +
    `export function GET() {\n` +
    `  return new Response(readFileSync(${JSON.stringify(join(work, "promise.html"))}), { headers: { "Content-Type": "text/html; charset=utf-8" } });\n` +
    `}\n`,
);

ensureBuild(env);
clearRenderedCache();
server = await startServer();
const nginx = startNginx();

// ------------------------------------------------------------------ measurements
const results = {};
const memory = sampleMemory(server.pid);
await fetch(base + promisePath); // render once into the cache, as the first visitor would
await fetch(`http://127.0.0.1:${NGINX_PROXY}${promisePath}`);

results.promise = await load("Promise page (portal)", base + promisePath);
results.json = await load("Open data JSON (portal)", base + jsonPath);
results.staticPortal = await load("Static page, same size (portal)", `${base}/bench-static`);
results.staticFile = await load("Static file from public/ (portal)", `${base}/bench/promise-static.html`);
results.nginxStatic = await load("Static file (nginx)", `http://127.0.0.1:${NGINX_STATIC}/promise.html`);
results.microCache = await load("Promise page via nginx micro-cache", `http://127.0.0.1:${NGINX_PROXY}${promisePath}`);
const national = {
  json: await download("Open data JSON, whole country", `${base}/api/public/v1/promises`),
  csv: await download("Open data CSV, whole country", `${base}/api/public/v1/promises.csv`),
};
memory.phase();
const freshness = await measureFreshness();
freshness.rssMb = mb(memory.phase());
log(`Publication visible after ${freshness.direct} ms directly, ${freshness.microCache} ms through the micro-cache; server ${freshness.rssMb} MB`);
const peakRss = memory.stop();

await stopServer(server);
nginx.kill("SIGQUIT");
rmSync(join(root, "public", "bench"), { recursive: true, force: true });
rmSync(join(root, "src", "app", "bench-static"), { recursive: true, force: true });

// ------------------------------------------------------------------ report
const ratio = (a, b) => (b > 0 ? a / b : 0);
const promiseVsStatic = ratio(results.promise.rps, results.staticPortal.rps);
const cacheVsNginx = ratio(results.microCache.rps, results.nginxStatic.rps);
const rows = [
  ["Measurement", "req/s", "p50 ms", "p99 ms", "non-2xx", "bytes", "server MB"],
  ...Object.values(results).map((r) => [r.name, r.rps.toFixed(0), r.p50, r.p99, r.non2xx, r.bytes, r.rssMb]),
];
console.log(`\nSamverkansportalen benchmark, ${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL, ${html.length} byte promise page\n`);
printTable(rows);
const checks = [
  ["Promise page / same server's static page", `${(promiseVsStatic * 100).toFixed(0)} %`, ">= 90 %", promiseVsStatic >= 0.9],
  ["Promise page p99", `${results.promise.p99} ms`, "< 150 ms", results.promise.p99 < 150],
  ["Micro-cache / nginx static", `${(cacheVsNginx * 100).toFixed(0)} %`, ">= 80 %", cacheVsNginx >= 0.8],
  ["Publication visible, direct", `${freshness.direct} ms`, "<= 1000 ms", freshness.direct <= 1000],
  ["Publication visible, micro-cache", `${freshness.microCache} ms`, "<= 1000 ms", freshness.microCache <= 1000],
  ...Object.values(national).map((d) => [`${d.name}`, `${d.status} in ${d.ms} ms, ${d.mb} MB, server peak ${d.rssMb} MB`, "200 in < 10 000 ms", d.status === 200 && d.ms < 10_000]),
  ["Server resident memory (peak)", `${(peakRss / 1024 / 1024).toFixed(0)} MB`, "< 400 MB", peakRss < 400 * 1024 * 1024],
];
console.log("");
printTable([["Target", "measured", "target", "met"], ...checks.map(([a, b, c, ok]) => [a, b, c, ok ? "yes" : "NO"])]);
mkdirSync(join(root, "bench-results"), { recursive: true });
writeFileSync(join(root, "bench-results", "latest.json"), JSON.stringify({ at: new Date().toISOString(), results, national, freshness, peakRss, checks }, null, 2));
process.exit(0);

// ------------------------------------------------------------------ helpers
async function startServer() {
  const child = spawn(bin("next"), ["start", "-p", String(PORT)], { cwd: root, env: serverEnv(env), stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return child;
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

function startNginx() {
  const conf = `
worker_processes 2;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  proxy_cache_path ${work}/cache levels=1:2 keys_zone=portal:10m max_size=100m inactive=10m use_temp_path=off;
  server {
    listen 127.0.0.1:${NGINX_STATIC};
    root ${work};
  }
  server {
    listen 127.0.0.1:${NGINX_PROXY};
    location / {
      proxy_pass http://127.0.0.1:${PORT};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_cache portal;
      proxy_cache_valid 200 1s;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      proxy_ignore_headers Cache-Control Set-Cookie;
      proxy_cache_bypass $cookie_next_auth_session_token $cookie___Secure_next_auth_session_token;
      proxy_no_cache $cookie_next_auth_session_token $cookie___Secure_next_auth_session_token;
    }
  }
}`;
  writeFileSync(join(work, "nginx.conf"), conf);
  const child = spawn("nginx", ["-c", join(work, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
  children.push(child);
  return child;
}

async function load(name, url) {
  log(`${name}: ${url}`);
  memory.phase();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const rss = memory.phase();
  log(`  ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, server ${mb(rss)} MB`);
  return {
    rssMb: mb(rss),
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    bytes: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
  };
}

/** One download of a whole file, read to its end as a client would: time, size, and the server's peak memory meanwhile. */
async function download(name, url) {
  log(`${name}: ${url}`);
  memory.phase();
  const started = performance.now();
  let status = 0;
  let bytes = 0;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    status = response.status;
    for await (const chunk of response.body) bytes += chunk.length;
  } catch (error) {
    log(`  failed: ${error.message}`);
  }
  const ms = Math.round(performance.now() - started);
  // The sampler looks every 200 ms: give it one more look at the server after the last byte.
  await new Promise((r) => setTimeout(r, 250));
  const rssMb = mb(memory.phase());
  log(`  ${status} in ${ms} ms, ${(bytes / 1024 / 1024).toFixed(1)} MB, server ${rssMb} MB`);
  return { name, status, ms, mb: Number((bytes / 1024 / 1024).toFixed(1)), rssMb };
}

function mb(bytes) {
  return Math.round(bytes / 1024 / 1024);
}

/** Resident memory of the server and its child processes, sampled every 200 ms: overall peak, and per phase. */
function sampleMemory(pid) {
  let peak = 0;
  let phasePeak = 0;
  const tree = () => {
    const pids = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const entry of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
        try {
          const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
          if (pids.has(ppid) && !pids.has(Number(entry))) {
            pids.add(Number(entry));
            grew = true;
          }
        } catch {
          // the process ended
        }
      }
    }
    return [...pids];
  };
  const timer = setInterval(() => {
    let total = 0;
    for (const p of tree()) {
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
        if (match) total += Number(match[1]) * 1024;
      } catch {
        // the process ended
      }
    }
    peak = Math.max(peak, total);
    phasePeak = Math.max(phasePeak, total);
  }, 200);
  return {
    stop: () => (clearInterval(timer), peak),
    /** The peak since the last call. */
    phase: () => {
      const value = phasePeak;
      phasePeak = 0;
      return value;
    },
  };
}

/**
 * Two people publish a change the way they would: the official edits the promise, the
 * police and the official approve. From the moment the publication is confirmed, the
 * public page is polled directly and through the micro-cache until the change shows.
 */
async function measureFreshness() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const signIn = async (email) => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${base}/logga-in`);
      await page.getByLabel("E-postadress").fill(email);
      await page.getByLabel("Lösenord").fill("Demo-2026!");
      await page.getByRole("button", { name: "Logga in" }).click();
      await page.waitForURL(/\/oversikt$/);
      return page;
    };
    const official = await signIn("kommun@enkoping.demo");
    const police = await signIn("polis@enkoping.demo");
    await official.goto(`${base}/loften`);
    await official.getByRole("link", { name: "Mätlöfte för publiceringstid" }).click();
    await official.waitForURL(/\/loften\/[0-9a-f-]{36}$/);
    const adminUrl = official.url();
    const newTitle = `Mätlöfte publicerat ${Date.now()}`;
    await official.goto(`${adminUrl}/redigera`);
    await official.getByLabel("Titel", { exact: true }).fill(newTitle);
    await official.getByRole("button", { name: "Spara" }).click();
    await official.waitForURL(/notice=saved/);
    await police.goto(adminUrl);
    await police.getByRole("button", { name: "Godkänn för polisen" }).click();
    await police.waitForURL(/notice=approved/);
    await official.goto(adminUrl);
    await official.getByRole("button", { name: "Godkänn för kommunen" }).click();
    await official.waitForURL(/notice=published/);
    const published = performance.now();
    const path = "/enkoping/medborgarloften/bench-publiceringstid";
    const until = async (url) => {
      for (;;) {
        const text = await (await fetch(url)).text();
        if (text.includes(newTitle)) return Math.round(performance.now() - published);
        if (performance.now() - published > 10_000) return Infinity;
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const [direct, microCache] = await Promise.all([until(base + path), until(`http://127.0.0.1:${NGINX_PROXY}${path}`)]);
    return { direct, microCache };
  } finally {
    await browser.close();
  }
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}
