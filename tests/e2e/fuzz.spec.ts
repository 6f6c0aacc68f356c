import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { expect, signIn, test } from "./fixtures";

/**
 * Malformed input from outside, sent to every server action and every dynamic route of
 * the production build: nothing may answer 500, break the server for others, or leave a
 * row behind. The list of actions and routes is read from the build itself, so a new one
 * is covered without touching this file.
 */

const buildDir = join(process.cwd(), ".next", "server");
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

interface ServerAction {
  id: string;
  name: string;
  page: string;
}

function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    page: pageUrl(Object.keys(entry.workers)[0]!, NO_SUCH_ID),
  }));
}

/** "app/[locale]/(app)/loften/[id]/page" → "/loften/<segment>" (Swedish: no prefix). */
function pageUrl(route: string, segment: string) {
  const path = route
    .replace(/^app/, "")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((part) => part && part !== "[locale]" && !/^\(.*\)$/.test(part))
    .map((part) => (/^\[.*\]$/.test(part) ? segment : part))
    .join("/");
  return `/${path}`;
}

function dynamicRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest).filter((route) => route.includes("[") && !route.startsWith("/api/auth"));
}

const MALFORMED_SEGMENTS = ["%ZZ", "%C3%28", "%00", "a%00b", "x".repeat(3000), "..%2F..%2Fetc%2Fpasswd", "'%20OR%201%3D1--", "%E2%80%AE%F0%9F%92%A5"];

/** Forms no page of the portal sends. */
const MALFORMED_FORMS: Record<string, [string, string][]> = {
  "prototype keys": [
    ["__proto__.polluted", "yes"],
    ["constructor.prototype.polluted", "yes"],
    ["id", NO_SUCH_ID],
  ],
  "huge index": [["items.1000000000.title", "x"]],
  "sparse index": [
    ["signatories.0.name", "a"],
    ["signatories.999.name", "b"],
    ["goalIds.500", NO_SUCH_ID],
  ],
  "too many fields": Array.from({ length: 1500 }, (_, i): [string, string] => [`f${i}`, "v"]),
  "wrong types": [
    ["id", "not-a-uuid"],
    ["version", "abc"],
    ["promiseId", "[]"],
    ["startsAt", "2026-13-45T99:99"],
    ["period", "{}"],
    ["periodYear", "[]"],
    ["targetValue", "-1e309"],
    ["to", "ADOPTED"],
  ],
  "long text": [
    ["id", NO_SUCH_ID],
    ["title", "å".repeat(400_000)],
  ],
  "NUL bytes": [
    ["id", NO_SUCH_ID],
    ["title", "a\u0000b"],
    ["name\u0000", "x"],
  ],
};

function multipart(actionId: string, fields: [string, string][]) {
  const form = new FormData();
  form.append(`$ACTION_ID_${actionId}`, "");
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

async function rowCounts(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables.rows) {
      // Sign-in itself writes these; everything else must stay as it was.
      if (["AuditLog", "LoginThrottle", "_prisma_migrations"].includes(table_name)) continue;
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`);
      counts[table_name] = Number(rows[0]!.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function expectServerHealthy(request: APIRequestContext) {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const start = await request.get("/");
  expect(start.status()).toBe(200);
}

test("malformed forms posted to every server action are refused without a 500 or a written row", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@samverkan.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  const request = page.context().request;
  const before = await rowCounts();

  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(20);
  const failures: string[] = [];
  for (const action of actions) {
    for (const [kind, fields] of Object.entries(MALFORMED_FORMS)) {
      const response = await request.post(action.page, { multipart: multipart(action.id, fields), headers: { Origin: baseURL! } });
      if (response.status() >= 500) failures.push(`${action.name} with ${kind}: ${response.status()}`);
    }
    const oversized = await request.post(action.page, {
      multipart: multipart(action.id, [["title", "x".repeat(1024 * 1024 + 10)]]),
      headers: { Origin: baseURL! },
    });
    if (oversized.status() !== 413) failures.push(`${action.name} with a body over 1 MB: ${oversized.status()}, not 413`);
  }
  expect(failures).toEqual([]);
  expect(await rowCounts()).toEqual(before);
  await expectServerHealthy(request);
});

test("malformed addresses of every dynamic route answer 4xx, signed in or not", async ({ page, request }) => {
  test.setTimeout(240_000);
  const routes = dynamicRoutes();
  expect(routes.length).toBeGreaterThan(10);
  const failures: string[] = [];
  const tryAll = async (client: APIRequestContext, who: string) => {
    for (const route of routes) {
      for (const segment of MALFORMED_SEGMENTS) {
        const url = pageUrl(route, segment);
        const response = await client.get(url, { maxRedirects: 0 });
        if (response.status() >= 500) failures.push(`${who} GET ${url.slice(0, 120)}: ${response.status()}`);
      }
    }
  };
  await tryAll(request, "visitor");
  await signIn(page, "kommun@enkoping.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  await tryAll(page.context().request, "official");
  expect(failures).toEqual([]);
  await expectServerHealthy(request);
});

/** Multipart bodies that do not parse whole; each ended as a 500 inside Next's parser. */
const UNPARSABLE_BODIES: Record<string, string> = {
  "no closing boundary": '--XX\r\nContent-Disposition: form-data; name="a"\r\n\r\nhello',
  "malformed part header": "--XX\r\nGarbage\r\n\r\nhello\r\n--XX--\r\n",
};
const PUBLIC_PROMISE = "/enkoping/medborgarloften/forstarkt-forebyggande-arbete-bland-ungdomar-2021-2023";
const UNPARSABLE_REFUSAL = "Formulärets innehåll är felaktigt eller ofullständigt. / The form's content is malformed or incomplete.";

test("a multipart body that does not parse is refused with 400, called as a server action or posted as a form, signed in or not", async ({ page, request: visitor, baseURL }) => {
  await signIn(page, "admin@samverkan.demo");
  await expect(page).toHaveURL(/\/oversikt$/);
  const official = page.context().request;
  const failures: string[] = [];
  const expectRefused = async (client: APIRequestContext, path: string, kind: string, headers: Record<string, string>) => {
    const response = await client.post(path, {
      data: UNPARSABLE_BODIES[kind],
      headers: { "Content-Type": "multipart/form-data; boundary=XX", Origin: baseURL!, ...headers },
      maxRedirects: 0,
    });
    const text = await response.text();
    if (response.status() !== 400 || text !== UNPARSABLE_REFUSAL) failures.push(`${path} ${JSON.stringify(headers)} with ${kind}: ${response.status()} ${text.slice(0, 80)}`);
  };

  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(20);
  for (const action of actions) {
    for (const kind of Object.keys(UNPARSABLE_BODIES)) {
      // As React calls an action, and as a form posted without script (no Next-Action header).
      await expectRefused(official, action.page, kind, { "Next-Action": action.id });
      await expectRefused(official, action.page, kind, {});
    }
  }
  for (const path of ["/", PUBLIC_PROMISE, "/en/loften/nytt"]) {
    for (const kind of Object.keys(UNPARSABLE_BODIES)) await expectRefused(visitor, path, kind, {});
  }
  expect(failures).toEqual([]);

  // A whole body, but Next knows multipart only by its lowercase type and parses the rest as text.
  const shouted = await official.post(actions[0]!.page, {
    data: '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XX--\r\n',
    headers: { "Content-Type": "MULTIPART/FORM-DATA; boundary=XX", "Next-Action": actions[0]!.id, Origin: baseURL! },
  });
  expect(shouted.status()).toBe(400);
  await expectServerHealthy(visitor);
});

test("a server action call without a body, or whose form is not the argument list the portal's forms send, is refused with 400, on any page", async ({ request: visitor, baseURL }) => {
  const part = (name: string, value: string) => `--B\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const multipartType = { "Content-Type": "multipart/form-data; boundary=B" };
  const shapes: Record<string, { headers: Record<string, string>; data?: string }> = {
    "no body": { headers: {} },
    "multipart type, no body": { headers: multipartType },
    "no parts": { headers: multipartType, data: "--B--\r\n" },
    "no part 0": { headers: multipartType, data: `${part("x", "1")}--B--\r\n` },
    "part 0 not JSON": { headers: multipartType, data: `${part("0", "[oops")}--B--\r\n` },
    "part 0 not a list": { headers: multipartType, data: `${part("0", '"abc"')}--B--\r\n` },
    // References React would look up in parts that are missing or malformed ("Invalid forward reference").
    "a Map that is not there": { headers: multipartType, data: `${part("0", '["$Q1"]')}--B--\r\n` },
    "an outlined value that does not parse": { headers: multipartType, data: `${part("0", '["$1"]')}${part("1", "[")}--B--\r\n` },
    "a Blob that is not one": { headers: multipartType, data: `${part("0", '["$B1"]')}${part("1", "x")}--B--\r\n` },
  };
  const failures: string[] = [];
  const actions = serverActions();
  for (const action of actions) {
    for (const path of [action.page, "/tillganglighet"]) {
      for (const [kind, { headers, data }] of Object.entries(shapes)) {
        const response = await visitor.post(path, { headers: { "Next-Action": action.id, Origin: baseURL!, ...headers }, data, maxRedirects: 0 });
        if (response.status() !== 400) failures.push(`${action.name} on ${path} with ${kind}: ${response.status()}`);
      }
    }
  }
  expect(failures).toEqual([]);
  // As curl sends a POST without a body: neither Content-Length nor Transfer-Encoding, which no
  // client of Playwright's leaves out. Next waited for a body and logged an uncaught "aborted".
  for (const path of [actions[0]!.page, "/tillganglighet"]) {
    for (const type of [{}, multipartType]) {
      expect(await statusOfBodilessPost(baseURL!, path, { "Next-Action": actions[0]!.id, Origin: baseURL!, ...type }), `${path} ${JSON.stringify(type)}`).toBe(400);
    }
  }
  await expectServerHealthy(visitor);
});

/** The status of a POST sent as raw HTTP/1.1 with no body and no header that announces one. */
function statusOfBodilessPost(baseURL: string, path: string, headers: Record<string, string>): Promise<number> {
  const { hostname, port, host } = new URL(baseURL);
  const head = [`POST ${path} HTTP/1.1`, `Host: ${host}`, "Connection: close", ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = connect(Number(port), hostname, () => socket.write(`${head.join("\r\n")}\r\n\r\n`));
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
  });
}

test("next-auth takes only urlencoded posts, and no POST another site's browser sends is taken, by its Origin or its Sec-Fetch-Site", async ({ request: visitor }) => {
  for (const path of ["/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/session", "/api/auth/_log"]) {
    const response = await visitor.post(path, { headers: { "Content-Type": "application/json" }, data: '{"a":', maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  const action = serverActions()[0]!;
  for (const site of ["cross-site", "same-site"]) {
    const language = await visitor.post("/api/language", { headers: { "Sec-Fetch-Site": site }, form: { locale: "en", page: "/" }, maxRedirects: 0 });
    expect(language.status(), site).toBe(403);
    const form = new FormData();
    form.append("0", "[]");
    const called = await visitor.post(action.page, { headers: { "Sec-Fetch-Site": site, "Next-Action": action.id }, multipart: form, maxRedirects: 0 });
    expect(called.status(), site).toBe(403);
  }
  // Another site's form, told by its Origin: refused wherever it posts, not only to actions.
  for (const path of ["/api/language", "/api/auth/callback/credentials"]) {
    const response = await visitor.post(path, { headers: { Origin: "https://evil.example" }, form: { locale: "en", page: "/" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
  await expectServerHealthy(visitor);
});
