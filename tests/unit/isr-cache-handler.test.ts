import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import PublicPageCache from "@/lib/public/isr-cache-handler.mjs";
import { BUILT_WITHOUT_DATA_TAG } from "@/lib/public/cache-tags";

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods.js");
const { SharedCacheControls } = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js");

// Keys as Next builds them: /route-cache/<kind>/<hash of the route>/$<path>.
const key = (path: string, kind = "APP_PAGE") => `/route-cache/${kind}/4f2a/$${path}`;
const page = (status: number | undefined, text: string) => ({
  kind: "APP_PAGE",
  html: `<html><body>${text}</body></html>`,
  rscData: Buffer.from(text),
  headers: {},
  status,
  postponed: undefined,
  segmentData: undefined,
});
const context = { isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 300, expire: undefined } };
const read = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };

let dir: string;
let cache: PublicPageCache;
const files = () => readdirSync(dir, { recursive: true }).length;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "isr-cache-"));
  cache = new PublicPageCache({ fs: nodeFs, flushToDisk: true, serverDistDir: dir, maxMemoryCacheSize: 0, revalidatedTags: [] });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the cache for rendered pages", () => {
  it("does not keep the 404 of an address that names nothing, on disk or in its notes", async () => {
    for (let i = 0; i < 30; i++) {
      const k = key(`/enkoping/medborgarloften/finns-inte-${i}`);
      SharedCacheControls.cacheControls.set(k, context.cacheControl);
      await cache.set(k, page(404, "Sidan finns inte"), context);
      expect(SharedCacheControls.cacheControls.has(k)).toBe(false);
      expect(await cache.get(k, read)).toBeNull();
    }
    await cache.set(key("/x/y", "APP_ROUTE"), { kind: "APP_ROUTE", body: Buffer.from("nej"), headers: {}, status: 404 }, context);
    expect(files()).toBe(0);
  });

  it("keeps pages that exist", async () => {
    await cache.set(key("/enkoping"), page(undefined, "Enköpings kommun"), context);
    expect((await cache.get(key("/enkoping"), read))?.value?.html).toContain("Enköpings kommun");
  });

  it("stores the 404 over a page that has gone, so the old page is not served again", async () => {
    const k = key("/enkoping/medborgarloften/tryggare-centrum");
    await cache.set(k, page(undefined, "Tryggare centrum"), context);
    await cache.set(k, page(404, "Sidan finns inte"), context);
    const entry = await cache.get(k, read);
    expect(entry?.value?.status).toBe(404);
    expect(entry?.value?.html).not.toContain("Tryggare centrum");
  });

  it("never serves a page next build prerendered without the database, and serves it once rendered with the data", async () => {
    const k = key("/sv");
    const tagged = (tags: string, text: string) => ({ ...page(undefined, text), headers: { "x-next-cache-tags": tags } });
    await cache.set(k, tagged(`_N_T_/layout,public-content,${BUILT_WITHOUT_DATA_TAG}`, "Inga kommuner"), context);
    expect(await cache.get(k, read)).toBeNull();
    await cache.set(k, tagged("_N_T_/layout,public-content,public-index", "Håbo kommun"), context);
    expect((await cache.get(k, read))?.value?.html).toContain("Håbo kommun");
  });
});
