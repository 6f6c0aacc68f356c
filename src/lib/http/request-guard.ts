import { messages, type Messages } from "@/lib/i18n";

/**
 * Requests no browser of the portal makes, refused before routing: a path whose escapes
 * do not decode, that holds a NUL byte or an encoded percent sign (400), a body larger than any form (413), a body of
 * unknown length (411), or a server action call whose body is not a form (400). Pure, so it
 * is unit-tested without a server.
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
  if (input.contentLength === null) {
    return input.transferEncoding ? { status: 411, reason: "lengthRequired" } : null;
  }
  const length = Number(input.contentLength);
  if (!Number.isSafeInteger(length) || length < 0) return { status: 400, reason: "lengthNotNumber" };
  if (length > MAX_BODY_BYTES) return { status: 413, reason: "tooLarge" };
  // Every server action of the portal takes a form, which the browser sends as multipart;
  // any other body would only reach Next's decoder and end as a 500. Next knows multipart by
  // this lowercase prefix alone, and reads "MULTIPART/FORM-DATA" as text (a 500 too). A
  // missing boundary is multipart-body-check's to refuse.
  if (input.nextAction && !(input.contentType ?? "").startsWith("multipart/form-data")) {
    return { status: 400, reason: "actionNotForm" };
  }
  // Next refuses a server action sent from another site, but as a 500; say what it is.
  if (input.nextAction && input.origin && !isSameHost(input.origin, input.host)) {
    return { status: 403, reason: "actionFromElsewhere" };
  }
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
