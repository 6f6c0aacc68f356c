import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";

/**
 * The address a request came from, as far as the portal can trust it.
 *
 * Next 16 gives route handlers and Proxy only headers, never the connection: NextRequest
 * lost `ip` in Next 15, and Next's server fills `X-Forwarded-For` from the socket only when
 * the client did not send one (`??=`), so a forged header and the real address look alike.
 * The only place that sees both is Node's HTTP server itself, so `installClientAddressStamp`
 * (called from src/instrumentation.ts before the server takes requests) stamps every request
 * with CLIENT_ADDRESS_HEADER, replacing anything a client sent under that name, and tags
 * the value with a random token of this process, so that a value the stamp did not write
 * (a request that arrived before the stamp was installed, or any server without it) is
 * never read:
 *
 * - from a peer listed in TRUSTED_PROXIES: the right-most X-Forwarded-For entry that is not
 *   itself a trusted proxy (what the nearest trusted proxy saw);
 * - from anyone else: the socket address. Their X-Forwarded-For and X-Real-IP are removed,
 *   so Next sets X-Forwarded-For to the socket address as well.
 */
export const CLIENT_ADDRESS_HEADER = "x-samverkan-client-address";

const STAMP_TOKEN = Symbol.for("samverkan.clientAddressStamp");
type StampGlobal = typeof globalThis & { [STAMP_TOKEN]?: string };

/** `::ffff:10.0.0.1` is 10.0.0.1; IPv6 in brackets or with a zone loses them. */
export function normaliseAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address.toLowerCase() : null;
}

export interface TrustedProxies {
  includes(address: string): boolean;
}

/**
 * TRUSTED_PROXIES: addresses or CIDR ranges, separated by commas or spaces, of the reverse
 * proxies in front of the portal (e.g. `127.0.0.1,::1` for nginx on the same machine).
 * Unset or empty: no proxy is trusted and forwarded headers are ignored.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let any = false;
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [rawAddress, rawPrefix, ...rest] = entry.split("/");
    const address = normaliseAddress(rawAddress);
    const family = address ? (isIP(address) === 6 ? "ipv6" : "ipv4") : null;
    const prefix = rawPrefix === undefined ? undefined : Number(rawPrefix);
    const maxPrefix = family === "ipv6" ? 128 : 32;
    if (!address || !family || rest.length > 0 || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > maxPrefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1).`);
    }
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
    any = true;
  }
  return {
    includes(address: string) {
      if (!any) return false;
      const normalised = normaliseAddress(address);
      if (!normalised) return false;
      return list.check(normalised, isIP(normalised) === 6 ? "ipv6" : "ipv4");
    },
  };
}

/** The client's address, given the connection's peer and what forwarded headers say. */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null {
  const peerAddress = normaliseAddress(peer);
  if (!peerAddress || !trusted.includes(peerAddress)) return peerAddress;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((hop) => hop.trim()).filter(Boolean);
  let nearest = peerAddress;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    // A hop that is not an address was written by someone no trusted proxy vouches for:
    // stop at the last trusted one rather than reading past it to a forged value.
    if (!hop) return nearest;
    if (!trusted.includes(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

/** Sets CLIENT_ADDRESS_HEADER on one incoming request (see above). */
export function stampClientAddress(req: http.IncomingMessage, trusted: TrustedProxies, token: string): void {
  const peer = req.socket?.remoteAddress;
  const address = resolveClientAddress(peer, req.headers["x-forwarded-for"], trusted);
  const peerAddress = normaliseAddress(peer);
  if (!peerAddress || !trusted.includes(peerAddress)) {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
  }
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = `${token} ${address}`;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
}

/**
 * Stamps every request any HTTP(S) server of this process receives, before its handlers
 * (Next's) see it. Idempotent. Throws on a malformed TRUSTED_PROXIES, so the server does
 * not start with a setting it would silently ignore.
 */
export function installClientAddressStamp(trustedProxies: string | undefined = process.env.TRUSTED_PROXIES): void {
  const g = globalThis as StampGlobal;
  if (g[STAMP_TOKEN]) return;
  const trusted = parseTrustedProxies(trustedProxies);
  const token = randomBytes(18).toString("base64url");
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
    Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampClientAddress(args[0] as http.IncomingMessage, trusted, token);
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
  g[STAMP_TOKEN] = token;
}

let warned = false;

/**
 * The client address this process's stamp wrote into a request's headers, or null: no
 * stamp installed, or a value it did not write (then it could come from anyone).
 */
export function clientAddressFromHeaders(headers: Record<string, unknown> | Headers | undefined): string | null {
  const token = (globalThis as StampGlobal)[STAMP_TOKEN];
  if (!token) {
    if (!warned) {
      warned = true;
      console.warn("Client addresses are unknown: src/instrumentation.ts did not install the address stamp. Sign-in throttling falls back to per-account limits.");
    }
    return null;
  }
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  if (typeof value !== "string" || !value.startsWith(`${token} `)) return null;
  return normaliseAddress(value.slice(token.length + 1));
}
