import { describe, expect, it, vi } from "vitest";
import { promisesAsCsv } from "@/lib/public/open-data-csv";
import { openDataCsv, openDataJson, primed, textStream } from "@/lib/public/open-data-stream";
import type { OpenDataPromise } from "@/lib/public/promises";

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

  it("fail the request when the first batch cannot be read, and break off the body when a later one cannot", async () => {
    async function* failing(after: number) {
      if (after > 0) yield [promise(1)];
      throw new Error("database gone");
    }
    await expect(primed(failing(0))).rejects.toThrow("database gone");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const stream = textStream(openDataJson(await primed(failing(1)), "2026-11-28T12:00:00.000Z"));
    await expect(read(stream)).rejects.toThrow("database gone");
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
