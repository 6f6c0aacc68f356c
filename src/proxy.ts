import { NextResponse, type NextRequest } from "next/server";
import { checkRequest } from "@/lib/http/request-guard";
import { securityHeaders } from "@/lib/security/headers";

/**
 * Runs before routing for every request but static assets. Malformed addresses and
 * oversized bodies get their 4xx here, so no page, action or handler ever sees them.
 */
export function proxy(request: NextRequest) {
  const verdict = checkRequest({
    method: request.method,
    rawPath: rawPathOf(request.url),
    contentLength: request.headers.get("content-length"),
    transferEncoding: request.headers.get("transfer-encoding"),
    nextAction: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
  });
  if (verdict) return new NextResponse(verdict.reason, { status: verdict.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return withSecurityHeaders(request);
}

/**
 * Content-Security-Policy with the nonce Next puts on its scripts (Next reads it from the
 * request's header), and HSTS when served over https: src/lib/security/headers.ts.
 */
function withSecurityHeaders(request: NextRequest) {
  const { request: forPage, response: forBrowser } = securityHeaders(request.nextUrl.pathname, request.headers);
  let response = NextResponse.next();
  if (Object.keys(forPage).length > 0) {
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(forPage)) headers.set(name, value);
    response = NextResponse.next({ request: { headers } });
  }
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
