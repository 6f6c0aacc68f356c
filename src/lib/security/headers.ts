import { createHmac, randomBytes } from "node:crypto";

/**
 * Content-Security-Policy and HSTS, set by src/proxy.ts on every page response.
 *
 * Scripts run only from this origin or with the response's nonce: no 'unsafe-inline', no
 * 'unsafe-eval' outside `next dev`. Next reads the nonce from the request's
 * Content-Security-Policy header, which Proxy sets, and puts it on every script (and inline
 * style) it renders (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md).
 *
 * The nonce is baked into the HTML when a page is rendered, so a page served from Next's
 * cache (the ISR public pages) must be sent with the nonce it was rendered with:
 * - signed-in pages and sign-in (`FRESH_NONCE_PREFIXES`) are rendered for every request and
 *   get a fresh random nonce each time;
 * - every other page (the public tree: the cached promise, agreement and municipality
 *   pages, and the few public pages rendered per request) gets the "public nonce", a keyed
 *   hash of NEXTAUTH_SECRET that is the same for every request and every server instance
 *   sharing the secret, so a cached copy and the header always agree, whichever instance
 *   rendered it and however long it was cached.
 * The public nonce is therefore not secret: anyone can read it in a public page. It still
 * blocks injected inline event handlers, `javascript:` URLs, scripts from other origins and
 * any injected <script> without it; what it cannot do is stop an attacker who can inject
 * raw HTML into a public page from writing `<script nonce="…">`. Public pages render only
 * approved publications through React, which escapes all text, and react-markdown without
 * raw HTML. Signed-in pages, where user input is shown back, keep a per-response nonce.
 *
 * No 'strict-dynamic': it makes browsers ignore 'self', and Next also emits
 * `<link rel="preload" as="script">` hints that are allowed by 'self'. Scripts from this
 * origin are all Next's own build output; nosniff keeps JSON or CSV from running as script.
 */

/**
 * First path segments whose pages are rendered per request: every folder of src/app/[locale]/(app)
 * and src/app/[locale]/(auth) (tests/unit/security-headers.test.ts fails on one missing here). A
 * folder left out still works, with the weaker public nonce.
 */
export const FRESH_NONCE_PREFIXES = ["oversikt", "avtal", "loften", "dialoger", "forum", "admin", "konto", "logga-in", "losenord", "lagesbild", "atgardsplaner", "arbetsgang"] as const;

export function usesFreshNonce(pathname: string): boolean {
  const first = pathname.split("/")[1] ?? "";
  return (FRESH_NONCE_PREFIXES as readonly string[]).includes(first);
}

export function freshNonce(): string {
  return randomBytes(18).toString("base64url");
}

let publicNonceCache: { secret: string; nonce: string } | undefined;

/** The same for every request under one NEXTAUTH_SECRET (see above). */
export function publicNonce(secret = process.env.NEXTAUTH_SECRET ?? ""): string {
  if (publicNonceCache?.secret !== secret) {
    publicNonceCache = { secret, nonce: createHmac("sha256", secret).update("samverkan:csp-public-nonce:v1").digest("base64url").slice(0, 24) };
  }
  return publicNonceCache.nonce;
}

export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${options.dev ? " 'unsafe-eval'" : ""}`,
    // `next dev` injects styles without the nonce (as in Next's own CSP guide).
    `style-src 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // style="" attributes (a progress bar's width, an indent): no script can run from CSS.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS only when the portal's public address is https: over http browsers ignore it, and a wrong one locks visitors out. */
export const HSTS = "max-age=31536000; includeSubDomains";

export function publicUrlIsHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return (publicUrl ?? "").startsWith("https://");
}

/**
 * Requests that get no document back: client-side navigations and prefetches (RSC payloads),
 * server actions, API routes and Next's own files. They keep their headers as they are.
 */
export function needsDocumentHeaders(pathname: string, headers: Headers): boolean {
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return false;
  if (headers.get("rsc") === "1" || headers.has("next-router-prefetch") || headers.has("next-action")) return false;
  return true;
}

export interface SecurityHeaders {
  /** Headers to add to the request as the page sees it (Next reads the nonce from here). */
  request: Record<string, string>;
  response: Record<string, string>;
}

export function securityHeaders(pathname: string, headers: Headers, env: { publicUrl?: string; secret?: string; dev?: boolean } = {}): SecurityHeaders {
  const https = publicUrlIsHttps(env.publicUrl ?? process.env.NEXTAUTH_URL);
  const response: Record<string, string> = https ? { "Strict-Transport-Security": HSTS } : {};
  if (!needsDocumentHeaders(pathname, headers)) return { request: {}, response };
  const nonce = usesFreshNonce(pathname) ? freshNonce() : publicNonce(env.secret ?? process.env.NEXTAUTH_SECRET);
  const csp = contentSecurityPolicy(nonce, { https, dev: env.dev ?? process.env.NODE_ENV === "development" });
  return { request: { "Content-Security-Policy": csp }, response: { ...response, "Content-Security-Policy": csp } };
}
