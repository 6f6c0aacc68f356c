// Plain JavaScript: `next start` reads this file, and a TypeScript config would load Next's
// SWC compiler into the running server just to read it (about 27 MB resident, measured by
// npm run bench).
import { join } from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly from files beside it; bundled, it fails at the first
  // query; pdfkit reads its font metrics the same way. argon2 and pg are native or
  // Node-only and gain nothing from bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit"],
  poweredByHeader: false,
  // Next's page cache, except that a 404 never becomes a new entry: unknown addresses
  // cannot fill the disk (see the file). Loaded at run time, so an absolute path.
  cacheHandler: join(process.cwd(), "src/lib/public/isr-cache-handler.mjs"),
  experimental: {
    // Next copies a request's body for the proxy (src/proxy.ts) before the proxy can refuse
    // it, up to this size (10 MB by default): a flood of large bodies took a server from 360 MB
    // to 1.4 GB. No form of the portal sends more than this, and the proxy refuses more with
    // 413 (MAX_BODY_BYTES in src/lib/http/request-guard.ts; a unit test keeps the two equal).
    proxyClientMaxBodySize: 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

/**
 * next-intl's plugin points its runtime at the request configuration (the locale and the
 * catalogue) when the pages are compiled. The built server needs none of that, and the plugin
 * loads @swc/core (another 10 MB resident) as it is imported, so the server never imports it.
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
}
