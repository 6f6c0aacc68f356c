import { messages, type Messages } from "@/lib/i18n";

/**
 * Requests no browser of the portal makes, refused before routing: a path whose escapes
 * do not decode, that holds a NUL byte or an encoded percent sign (400), a body larger than any form (413), a body of
 * unknown length (411), a server action call whose body is not a form or is missing (400), a
 * POST to next-auth that is not urlencoded (400), or a POST from another site, by its Origin or
 * by what its browser says (403). Pure, so it is unit-tested without a server.
 */

/** The largest body a form of the portal sends; Next's own server-action limit is the same. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Why a request is refused: its key under errors.request in the message catalogue. */
export type RefusalReason = keyof Messages["errors"]["request"];

export type GuardVerdict = { status: 400 | 403 | 411 | 413; reason: RefusalReason } | null;

/**
 * The refusal's plain-text body. Refused before routing, it has no page and so no language of
 * its own: Swedish first, for the residents and officials the portal serves, then English.
 */
export function refusalText(reason: RefusalReason): string {
  return `${messages("sv").errors.request[reason]} / ${messages("en").errors.request[reason]}`;
}

/** A refusal as the answer to its request: its text, and kept by no cache. */
export function refusalResponse(verdict: NonNullable<GuardVerdict>): Response {
  return new Response(refusalText(verdict.reason), { status: verdict.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function checkRequest(input: {
  method: string;
  rawPath: string;
  contentLength: string | null;
  transferEncoding: string | null;
  /** The Next-Action header: a server action call. */
  nextAction?: string | null;
  contentType?: string | null;
  /** The Origin header, and the host the request was sent to (X-Forwarded-Host, else Host), as Next compares them. */
  origin?: string | null;
  host?: string | null;
  /** The Sec-Fetch-Site header browsers send: same-origin, same-site, cross-site or none. */
  fetchSite?: string | null;
}): GuardVerdict {
  let path: string;
  try {
    path = decodeURIComponent(input.rawPath);
  } catch {
    return { status: 400, reason: "malformedEscape" };
  }
  if (path.includes("\0")) return { status: 400, reason: "nulByte" };
  // No address of the portal has a percent sign in its path (slugs and ids), and Next's
  // routing decodes a page address again: "%25ZZ" became "%ZZ" there and ended as a 500.
  if (path.includes("%")) return { status: 400, reason: "encodedPercent" };

  if (input.method === "GET" || input.method === "HEAD" || input.method === "OPTIONS") return null;
  // The portal is one origin: its pages send same-origin, a typed address or bookmark none.
  // A sibling site (same-site) or another one posting here is not the portal, even when its
  // browser sends no Origin, and Next's own Origin check then lets it through.
  if (input.fetchSite === "cross-site" || input.fetchSite === "same-site") return { status: 403, reason: "sentFromElsewhere" };
  // Every form of the portal posts from its own pages: an Origin of another host is another
  // site's form, whatever it posts to (a server action, the language switch, next-auth).
  // Next checks this for server actions only, and answers them with a 500.
  if (input.origin && !isSameHost(input.origin, input.host)) return { status: 403, reason: input.nextAction ? "actionFromElsewhere" : "sentFromElsewhere" };
  if (input.contentLength === null) {
    if (input.transferEncoding) return { status: 411, reason: "lengthRequired" };
  } else {
    const length = Number(input.contentLength);
    if (!Number.isSafeInteger(length) || length < 0) return { status: 400, reason: "lengthNotNumber" };
    if (length > MAX_BODY_BYTES) return { status: 413, reason: "tooLarge" };
  }
  if (input.nextAction) return checkActionHeaders(input);
  if (input.method === "POST" && path.startsWith(AUTH_PATH) && !isAuthForm(input.contentType)) return { status: 400, reason: "authNotForm" };
  return null;
}

/** next-auth's routes: its own forms and its client (sign-in, sign-out, client log) post urlencoded. */
const AUTH_PATH = "/api/auth/";

/**
 * next-auth parses a body whose type holds "application/json" as JSON, uncaught, and a
 * malformed one ends as a 500; the portal's sign-in never sends JSON (no session update()).
 */
function isAuthForm(contentType: string | null | undefined): boolean {
  const type = contentType ?? "";
  return type.split(";")[0]!.trim().toLowerCase() === "application/x-www-form-urlencoded" && !type.includes("application/json");
}

/** A server action call's headers; its body's parts are multipart-body-check's to judge. */
function checkActionHeaders(input: Parameters<typeof checkRequest>[0]): GuardVerdict {
  // Every server action of the portal takes a form, which React sends as multipart;
  // any other body would only reach Next's decoder and end as a 500. Next knows multipart by
  // this lowercase prefix alone, and reads "MULTIPART/FORM-DATA" as text (a 500 too). A
  // missing boundary is multipart-body-check's to refuse.
  if (!(input.contentType ?? "").startsWith("multipart/form-data")) return { status: 400, reason: "actionNotForm" };
  // React always sends a body; without one Next waits for it, the socket ends, and the
  // process logs an uncaught "aborted" while the caller gets 200.
  if (input.contentLength === null || Number(input.contentLength) === 0) return { status: 400, reason: "actionWithoutBody" };
  return null;
}

/** Whether a request's Origin is the host it was sent to (X-Forwarded-Host, else Host), as Next compares them. */
export function isSameHost(origin: string, host: string | null | undefined): boolean {
  try {
    return !!host && new URL(origin).host.toLowerCase() === host.split(",")[0]!.trim().toLowerCase();
  } catch {
    return false;
  }
}
