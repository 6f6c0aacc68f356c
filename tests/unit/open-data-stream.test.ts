import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { promisesAsCsv } from "@/lib/public/open-data-csv";
import { countryFileResponse } from "@/lib/public/open-data-file";
import { openDataCsv, openDataJson, textStream } from "@/lib/public/open-data-stream";
import type { OpenDataPromise } from "@/lib/public/promises";

// The generation token the country's files are named by; in the portal it changes when
// something public changes (a tag of Next's cache).
const generation = vi.hoisted(() => ({ token: "first" }));
vi.mock("@/lib/public/cache-tags", () => ({ cachedIndex: () => async () => generation.token }));

const promise = (n: number): OpenDataPromise => ({
  municipality: `kommun-${n}`,
  municipality_name: `Kommun ${n}`,
  promise_id: `id-${n}`,
  promise_slug: `lofte-${n}`,
  title: `Löfte "${n}", med komma`,
  status: "PUBLISHED",
  period_start: "2026-01-01",
  period_end: "2026-12-31",
  place: null,
  target_group: "Unga",
  published_at: "2026-02-01T10:00:00.000Z",
  criteria: { safety: "a", crime: "b", participation: "c", trust: "d" },
  goals: ["Mål"],
  activities: Array.from({ length: n % 3 }, (_, i) => ({
    activity_id: `a-${n}-${i}`,
    position: i + 1,
    activity: `Aktivitet ${i}\nrad två`,
    scope: "",
    when: "",
    responsible: "",
    follow_up: "",
    evaluation: "",
    status: null,
    target_value: null,
    target_unit: null,
    achieved_value: 0,
    last_reported_period: null,
  })),
});

async function* batches(...sizes: number[]) {
  let n = 0;
  for (const size of sizes) yield Array.from({ length: size }, () => promise(n++));
}

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).arrayBuffer().then((b) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(b));

describe("the streamed open-data files", () => {
  it("are the same bytes as the whole file written at once, however the promises are batched", async () => {
    const all = Array.from({ length: 7 }, (_, n) => promise(n));
    const at = "2026-11-28T12:00:00.000Z";
    expect(await read(textStream(openDataJson(batches(3, 0, 4), at)))).toBe(JSON.stringify({ version: 1, generated_at: at, promises: all }));
    expect(await read(textStream(openDataJson(batches(), at)))).toBe(JSON.stringify({ version: 1, generated_at: at, promises: [] }));
    expect(await read(textStream(openDataCsv(batches(2, 5))))).toBe(promisesAsCsv(all));
    expect(await read(textStream(openDataCsv(batches())))).toBe(promisesAsCsv([]));
  });

  it("break off the body when a batch cannot be read after the first went out", async () => {
    async function* failing() {
      yield [promise(1)];
      throw new Error("database gone");
    }
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const stream = textStream(openDataJson(failing(), "2026-11-28T12:00:00.000Z"));
    await expect(read(stream)).rejects.toThrow("database gone");
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe("the whole country's open-data file", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "open-data-"));
    generation.token = "first";
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  const at = "2026-11-28T12:00:00.000Z";
  const download = (pieces: () => AsyncIterable<string>, headers: Record<string, string> = {}) =>
    countryFileResponse(new Request("http://portal.test/api/public/v1/promises", { headers }), "json", pieces, { "Content-Type": "application/json" }, directory);

  it("is read from the database once however many download it at once, and holds what streaming would have sent", async () => {
    const pieces = vi.fn(() => openDataJson(batches(3, 4), at));
    const responses = await Promise.all(Array.from({ length: 5 }, () => download(pieces)));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(pieces).toHaveBeenCalledOnce();
    expect(new Set(bodies)).toEqual(new Set([await read(textStream(openDataJson(batches(3, 4), at)))]));
    expect(responses[0]!.headers.get("content-length")).toBe(String(Buffer.byteLength(bodies[0]!)));
    expect(await download(pieces).then((r) => r.status)).toBe(200);
    expect(pieces).toHaveBeenCalledOnce();
  });

  it("answers 304 to a harvester that has the current file, and the new file after a change", async () => {
    const first = await download(() => openDataJson(batches(2), at));
    const etag = first.headers.get("etag")!;
    await first.text();
    expect((await download(() => openDataJson(batches(2), at), { "If-None-Match": etag })).status).toBe(304);
    for (const asked of ["*", `W/${etag}`, `"something-else", ${etag}`]) {
      expect((await download(() => openDataJson(batches(2), at), { "If-None-Match": asked })).status, asked).toBe(304);
    }
    expect((await download(() => openDataJson(batches(2), at), { "If-None-Match": '"something-else"' })).status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");

    generation.token = "after-a-publication";
    const changed = await download(() => openDataJson(batches(3), at), { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(JSON.parse(await changed.text()).promises).toHaveLength(3);
    expect(await readdir(directory)).toEqual(["promises-after-a-publication.json"]);
  });

  it("fails the download when the database fails, leaving no file behind, and the next download writes it", async () => {
    async function* failing() {
      yield "{";
      throw new Error("database gone");
    }
    await expect(download(failing)).rejects.toThrow("database gone");
    expect(await readdir(directory)).toEqual([]);
    const retried = await download(() => openDataJson(batches(1), at));
    expect(JSON.parse(await retried.text()).promises).toHaveLength(1);
  });
});
