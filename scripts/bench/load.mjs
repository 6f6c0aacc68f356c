// One row of the bench: the page's size, the statements one request of it sends to
// PostgreSQL, and its latency and throughput at a fixed number of concurrent connections.
import autocannon from "autocannon";
import { log } from "../lib.mjs";
import { mb } from "./memory.mjs";

/** Sequential requests whose statements are counted (after one that warms the caches). */
const COUNTED = 5;

/**
 * `seconds`: load for that long; without it, each connection makes one request (the
 * national downloads, which take seconds each). `queries` reads the server's statement count.
 */
export async function measure({ name, role = "anonymous", url, cookie, connections, seconds, queries, memory }) {
  log(`${name} (${role}): ${url}`);
  const headers = cookie ? { cookie } : {};
  const first = await fetch(url, { headers, redirect: "manual" });
  const bytes = (await first.arrayBuffer()).byteLength;
  if (first.status !== 200) log(`  answered ${first.status}, not 200`);
  const counted = seconds ? COUNTED : 1;
  const before = await queries();
  const alone = [];
  for (let i = 0; i < counted; i++) {
    const started = performance.now();
    await (await fetch(url, { headers })).arrayBuffer();
    alone.push(performance.now() - started);
  }
  // Work a response set going (an audit entry, a cache write) finishes just after it.
  await new Promise((r) => setTimeout(r, 200));
  const perRequest = ((await queries()) - before) / counted;

  memory.phase();
  const latencies = [];
  // A slow page still gets its figures (autocannon gives up on a request after 10 s by default).
  const tracker = autocannon({ url, headers, connections, timeout: 120, ...(seconds ? { duration: seconds } : { amount: connections }) });
  tracker.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await tracker;
  const rssMb = mb(memory.phase());
  const row = {
    name,
    role,
    path: new URL(url).pathname + new URL(url).search,
    status: first.status,
    bytes,
    queries: Number(perRequest.toFixed(1)),
    // One request at a time: what a request costs the server, apart from queueing behind others.
    alone: percentile(alone, 50),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: Number((result.requests.total / (result.duration || 1)).toFixed(1)),
    non2xx: result.non2xx + result.errors + result.timeouts,
    rssMb,
  };
  log(`  ${row.bytes} B, ${row.queries} queries, ${row.alone} ms alone, p50 ${row.p50} ms, p95 ${row.p95} ms, ${row.rps} req/s, ${row.non2xx} failed, server ${rssMb} MB`);
  return row;
}

/**
 * Untimed requests before any measurement, `rounds` times over every page in turn. A fresh
 * server spends much of its first thousand requests compiling its hottest code (V8's optimising
 * compiler runs on its helper threads, which compete with the requests for the two cores): the
 * figures are of a server that has been running, as a deployed one has.
 */
export async function warmUp(pages, rounds) {
  log(`Warming up: ${rounds} rounds over ${pages.length} pages …`);
  for (let round = 0; round < rounds; round++) {
    for (const { url, cookie } of pages) await (await fetch(url, { headers: cookie ? { cookie } : {} })).arrayBuffer();
  }
}

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}
