/**
 * Runs once when a server process starts, before it takes requests (Next's instrumentation
 * hook). Stamps each request with the client address the portal can trust; see
 * src/lib/auth/client-address.ts for why this cannot be done in Proxy or a route.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installClientAddressStamp } = await import("@/lib/auth/client-address");
  installClientAddressStamp();
  // Several instances on one PostgreSQL: each expires the public pages another one expired.
  if (process.env.DATABASE_URL) {
    const { startInvalidationListener } = await import("@/lib/public/invalidation-listener");
    await startInvalidationListener(process.env.DATABASE_URL);
  }
}
