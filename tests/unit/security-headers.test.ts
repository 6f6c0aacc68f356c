import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, FRESH_NONCE_PREFIXES, HSTS, publicNonce, securityHeaders, usesFreshNonce } from "@/lib/security/headers";

const secret = "s".repeat(40);
const page = new Headers();
const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!;

describe("Content-Security-Policy and HSTS", () => {
  it("allows scripts from this origin and with the nonce only: no 'unsafe-inline', no eval", () => {
    const csp = contentSecurityPolicy("abc123", { https: false });
    expect(scriptSrc(csp)).toBe("script-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc123", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("gives signed-in pages a new nonce per response and public pages the one their cached copy was rendered with", () => {
    const a = securityHeaders("/oversikt", page, { secret });
    const b = securityHeaders("/oversikt", page, { secret });
    expect(a.response["Content-Security-Policy"]).not.toBe(b.response["Content-Security-Policy"]);
    expect(a.request["Content-Security-Policy"]).toBe(a.response["Content-Security-Policy"]);

    const p1 = securityHeaders("/enkoping/medborgarloften/tryggt", page, { secret });
    const p2 = securityHeaders("/enkoping/medborgarloften/tryggt", page, { secret });
    expect(p1.response["Content-Security-Policy"]).toBe(p2.response["Content-Security-Policy"]);
    expect(scriptSrc(p1.response["Content-Security-Policy"]!)).toBe(`script-src 'self' 'nonce-${publicNonce(secret)}'`);
    expect(publicNonce("another secret of forty characters......")).not.toBe(publicNonce(secret));
  });

  it("every folder of signed-in and sign-in pages gets a fresh nonce", () => {
    const app = join(process.cwd(), "src", "app", "[locale]");
    const folders = ["(app)", "(auth)"].flatMap((group) =>
      readdirSync(join(app, group), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name),
    );
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      expect(FRESH_NONCE_PREFIXES, `src/app/(…)/${folder}: add it to FRESH_NONCE_PREFIXES in src/lib/security/headers.ts`).toContain(folder);
    }
    expect(usesFreshNonce("/logga-in")).toBe(true);
    expect(usesFreshNonce("/")).toBe(false);
    expect(usesFreshNonce("/enkoping")).toBe(false);
  });

  it("sends HSTS only when the public address is https, and leaves navigations' payloads alone", () => {
    expect(securityHeaders("/", page, { secret, publicUrl: "http://localhost:3000" }).response).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("/", page, { secret, publicUrl: "https://samverkan.enkoping.se" }).response["Strict-Transport-Security"]).toBe(HSTS);
    const rsc = securityHeaders("/oversikt", new Headers({ rsc: "1" }), { secret });
    expect(rsc).toEqual({ request: {}, response: {} });
    expect(securityHeaders("/api/public/v1/promises", page, { secret }).request).toEqual({});
  });
});
