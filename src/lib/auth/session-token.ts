import { decode } from "next-auth/jwt";
import { publicUrlIsHttps } from "@/lib/security/headers";
import type { PortalSession } from "./options";
import { authSecret } from "./secret";

/** Who a session cookie names, and which of their sessions (see sessions.ts). */
export type SessionClaims = Pick<PortalSession, "userId" | "sessionVersion">;

/** next-auth's session cookie: `__Secure-` prefixed exactly when the public address is https (options.ts). */
export function sessionCookieName(): string {
  return `${publicUrlIsHttps() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The session token among a request's cookies. next-auth splits a token longer than a cookie
 * may be into `name.0`, `name.1`, …; the portal's tokens are short, but a split one is read
 * the way next-auth reads it.
 */
export function sessionTokenFrom(cookies: { name: string; value: string }[]): string | null {
  const name = sessionCookieName();
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d{1,2}$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((c) => c.value).join("") : null;
}

/**
 * The claims of a session token, or null for a token that is missing, forged or expired.
 *
 * Why not next-auth's getServerSession: for a page it runs next-auth's whole session
 * endpoint, which also makes a CSRF token and encrypts a renewed cookie that a page cannot
 * set, on every signed-in request. Decoding is the part a page needs; what the claims mean
 * (the session callback in options.ts) is the same.
 */
export async function sessionClaims(token: string | null): Promise<SessionClaims | null> {
  if (!token) return null;
  const decoded = await decode({ token, secret: authSecret() }).catch(() => null);
  const userId = decoded?.sub;
  const sessionVersion = decoded?.sessionVersion;
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return null;
  return { userId, sessionVersion };
}
