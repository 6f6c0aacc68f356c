import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, normaliseAddress, parseTrustedProxies, resolveClientAddress, stampClientAddress } from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);
const nginx = parseTrustedProxies("127.0.0.1, ::1 10.0.0.0/8");

describe("the client address the portal trusts", () => {
  it("without TRUSTED_PROXIES is the connection's address, whatever the headers say", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1, 10.1.1.1", none)).toBe("127.0.0.1");
  });

  it("behind a trusted proxy is what the nearest trusted proxy saw, not what the client wrote", () => {
    // The client sent X-Forwarded-For: 1.2.3.4; nginx appended the address it saw.
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4, 203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", ["1.2.3.4", "203.0.113.7, 10.0.0.5"], nginx)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "garbage, 10.0.0.5", nginx)).toBe("10.0.0.5");
    expect(resolveClientAddress("127.0.0.1", undefined, nginx)).toBe("127.0.0.1");
    // A peer that is not a trusted proxy is believed about nothing.
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", nginx)).toBe("203.0.113.9");
  });

  it("reads addresses in their usual spellings and refuses a malformed setting", () => {
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress("not-an-address")).toBeNull();
    expect(parseTrustedProxies("10.0.0.0/8").includes("::ffff:10.2.3.4")).toBe(true);
    expect(() => parseTrustedProxies("nginx")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
  });

  it("the stamp replaces what a client sent and drops forwarded headers from untrusted peers", () => {
    const req = {
      socket: { remoteAddress: "::ffff:203.0.113.7" },
      headers: { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "token 198.51.100.1" },
    } as unknown as IncomingMessage;
    stampClientAddress(req, none, "t0k3n");
    expect(req.headers).toEqual({ [CLIENT_ADDRESS_HEADER]: "t0k3n 203.0.113.7" });

    const proxied = { socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": "1.2.3.4, 203.0.113.7" } } as unknown as IncomingMessage;
    stampClientAddress(proxied, nginx, "t0k3n");
    expect(proxied.headers).toMatchObject({ "x-forwarded-for": "1.2.3.4, 203.0.113.7", [CLIENT_ADDRESS_HEADER]: "t0k3n 203.0.113.7" });
  });
});
