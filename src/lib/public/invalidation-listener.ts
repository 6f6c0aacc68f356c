import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Starts this instance's listener for public-cache expiries sent by the others
 * (src/lib/public/cache-invalidation.mjs), loaded at run time so that it shares Next's own
 * cache state instead of a bundled copy. Called once from src/instrumentation.ts.
 */
export async function startInvalidationListener(databaseUrl: string) {
  const url = pathToFileURL(join(/* turbopackIgnore: true */ process.cwd(), "src/lib/public/cache-invalidation.mjs")).href;
  const { listenForInvalidations } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as { listenForInvalidations: (url: string) => void };
  listenForInvalidations(databaseUrl);
}
