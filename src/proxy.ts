import createIntlMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, routing } from "@/i18n/routing";
import { checkMultipartBody } from "@/lib/http/multipart-body-check";
import { checkRequest, refusalResponse } from "@/lib/http/request-guard";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { isPageAddress, localePath, splitLocale } from "@/lib/i18n/locale-path";
import { securityHeaders } from "@/lib/security/headers";

const intl = createIntlMiddleware(routing);

/**
 * Runs before routing for every request but static assets. Malformed addresses, oversized
 * bodies and forms that do not parse get their 4xx here, so no page, action or handler ever
 * sees them.
 * Pages then get their language from the address (next-intl rewrites /loften to the
 * Swedish tree and serves /en/loften in English), with a reader's stored choice applied.
 */
export async function proxy(request: NextRequest) {
  const headerVerdict = checkRequest({
    method: request.method,
    rawPath: rawPathOf(request.url),
    contentLength: request.headers.get("content-length"),
    transferEncoding: request.headers.get("transfer-encoding"),
    nextAction: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
    origin: request.headers.get("origin"),
    host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    fetchSite: request.headers.get("sec-fetch-site"),
  });
  // Only after the headers passed: a body is read only when its length is known and small.
  const verdict = headerVerdict ?? (await checkMultipartBody(request));
  if (verdict) return refusalResponse(verdict);

  const { pathname } = request.nextUrl;
  if (!isPageAddress(pathname)) return withSecurityHeaders(request, pathname, (forwarded) => NextResponse.next({ request: { headers: forwarded } }));

  const preferred = preferredElsewhere(request);
  // Depends on this reader's cookie: no shared cache may keep it for others.
  if (preferred) return NextResponse.redirect(preferred, { status: 307, headers: { "Cache-Control": "private, no-store" } });

  // Reading /en/... is not choosing English: a shared link or a mistyped address must not
  // change the language of the reader's other pages. Only the header's switch and the account
  // page remember a choice (src/app/api/language/route.ts, /konto).
  const { rest } = splitLocale(pathname);
  return withSecurityHeaders(request, rest, (forwarded) => intl(new NextRequest(request, { headers: forwarded })));
}

/** A reader who chose English (with the switch, or on /konto) and follows an address without a prefix is sent to its English page. */
function preferredElsewhere(request: NextRequest): URL | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { locale } = splitLocale(request.nextUrl.pathname);
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  if (locale !== null || !isLocale(chosen) || chosen === DEFAULT_LOCALE) return null;
  const url = request.nextUrl.clone();
  url.pathname = localePath(chosen, request.nextUrl.pathname);
  return url;
}

/**
 * Content-Security-Policy with the nonce Next puts on its scripts (Next reads it from the
 * request's header), and HSTS when served over https: src/lib/security/headers.ts.
 */
function withSecurityHeaders(request: NextRequest, pathname: string, respond: (forwarded: Headers) => NextResponse): NextResponse {
  const { request: forPage, response: forBrowser } = securityHeaders(pathname, request.headers);
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(forPage)) headers.set(name, value);
  const response = respond(headers);
  for (const [name, value] of Object.entries(forBrowser)) response.headers.set(name, value);
  return response;
}

/** The path as sent, still escaped: URL parsing keeps escapes such as %ZZ as they are. */
function rawPathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const end = url.search(/[?#]/);
  return start < 0 ? "/" : url.slice(start, end < 0 ? undefined : end);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.svg).*)"],
};
