// Next's cache for rendered pages (`cacheHandler` in next.config.mjs), loaded by the
// server at run time, not bundled. It is Next's own file-system cache with two rules
// added: a 404 never becomes a new entry, and a page `next build` prerendered without
// the database is never served.
//
// Public pages are rendered on their first visit and kept (ISR). Next keeps a 404 the
// same way, so every address that names no record (/x, /enkoping/medborgarloften/x,
// /enkoping/samverkansavtal/x …) would leave about 60 kB in .next/server/route-cache and
// in memory, for as many addresses as anyone cares to try. Here such a 404 is answered
// and forgotten. A page that existed and is now gone (a promise withdrawn, a slug
// changed) still has its 404 stored over the old entry, so the old page is not served
// stale; those are bounded by the records there ever were.
//
// Next has no public switch for this (vercel/next.js#73101); the subclass relies on the
// internals of the pinned Next version, and tests/e2e/unknown-addresses.spec.ts fails if
// an upgrade changes them.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { SharedCacheControls } = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js");

const RENDERED = new Set(["APP_PAGE", "APP_ROUTE"]);
// BUILT_WITHOUT_DATA_TAG in src/lib/public/cache-tags.ts. The start page is prerendered by
// `next build` (both languages are known then) where there is no database: it carries this
// tag, and is treated as missing, so its first request renders it with the data.
const BUILT_WITHOUT_DATA_TAG = "public-built-without-data";
const TAGS_HEADER = "x-next-cache-tags";

export default class PublicPageCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const tags = entry?.value?.headers?.[TAGS_HEADER];
    if (typeof tags === "string" && tags.split(",").includes(BUILT_WITHOUT_DATA_TAG)) return null;
    return entry;
  }

  async set(key, data, ctx) {
    if (data && RENDERED.has(data.kind) && data.status === 404 && !this.holds(key, data.kind)) {
      // Next noted the entry's lifetime before handing it over; drop that too.
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    return super.set(key, data, ctx);
  }

  /** Whether the cache already has an entry under this key, in memory or on disk. */
  holds(key, kind) {
    if (FileSystemCache.memoryCache?.has(key)) return true;
    return this.fs.existsSync(this.getFilePath(`${key}${kind === "APP_ROUTE" ? ".body" : ".html"}`, kind));
  }
}
