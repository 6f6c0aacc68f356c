import { createHmac } from "node:crypto";

/** NEXTAUTH_SECRET: signs and encrypts session cookies, and keys the hashes below. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. `npm start` generates one for the demo; a production run must set it.",
    );
  }
  return secret;
}

/**
 * A keyed hash (HMAC-SHA-256 under a key derived from NEXTAUTH_SECRET), for values the
 * portal must recognise again but not store: client addresses and typed e-mail addresses
 * in the sign-in throttle and the audit log. Unkeyed, an IPv4 address's hash is undone by
 * trying all 2³² addresses; keyed, only someone holding the secret can.
 */
export function keyedHash(purpose: string, value: string): string {
  const key = createHmac("sha256", authSecret()).update(`samverkan:${purpose}`).digest();
  return createHmac("sha256", key).update(value).digest("base64url").slice(0, 32);
}
