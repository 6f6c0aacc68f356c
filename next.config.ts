import { join } from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly from files beside it; bundled, it fails at the first
  // query; pdfkit reads its font metrics the same way. argon2 and pg are native or
  // Node-only and gain nothing from bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit"],
  poweredByHeader: false,
  // Next's page cache, except that a 404 never becomes a new entry: unknown addresses
  // cannot fill the disk (see the file). Loaded at run time, so an absolute path.
  cacheHandler: join(process.cwd(), "src/lib/public/isr-cache-handler.mjs"),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// next-intl reads its request configuration (the locale and the catalogue) from this file.
export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig);
