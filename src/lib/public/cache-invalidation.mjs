// Several portal instances behind one proxy share one PostgreSQL but each keeps its own cache
// of rendered public pages and public reads (Next's tags manifest lives in the process). When
// a server action expires public tags on one instance, it also sends them on a PostgreSQL
// channel (src/lib/public/revalidate.ts); every instance LISTENs and expires the same tags in
// its own manifest at once, so a publication shows everywhere within a round trip instead of
// after the five-minute safety net. On PGlite there is one instance and nothing to tell.
//
// Loaded at run time by src/instrumentation.ts, not bundled: it must share Next's own
// tags-manifest module with the server (as the cache handler beside it does).
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";

const require = createRequire(import.meta.url);
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

export const CHANNEL = "portal_public_cache";

/** Expires the tags in this process, as Next's own cache does for updateTag/revalidatePath. */
export function expireTags(tags) {
  const now = Date.now();
  for (const tag of tags) tagsManifest.set(tag, { ...(tagsManifest.get(tag) ?? {}), expired: now });
}

/**
 * Listens on the channel for the life of the process, reconnecting after a lost connection.
 * Sets PORTAL_INSTANCE_ID, which the sending side puts in each message, so that an instance
 * skips what it sent itself (it has expired those tags already).
 */
export function listenForInvalidations(databaseUrl) {
  const pg = require("pg");
  process.env.PORTAL_INSTANCE_ID ??= randomUUID();
  const self = process.env.PORTAL_INSTANCE_ID;
  let retry = 500;
  const connect = async () => {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: "portal-cache-listener" });
    const again = () => {
      client.removeAllListeners();
      client.end().catch(() => undefined);
      setTimeout(connect, retry).unref();
      retry = Math.min(retry * 2, 10_000);
    };
    client.on("error", again);
    client.on("notification", (message) => {
      try {
        const { from, tags } = JSON.parse(message.payload ?? "{}");
        if (from !== self && Array.isArray(tags)) expireTags(tags.filter((t) => typeof t === "string"));
      } catch {
        // not ours
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      retry = 500;
    } catch {
      again();
    }
  };
  void connect();
}
