import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { checkRequest, MAX_BODY_BYTES, refusalText } from "@/lib/http/request-guard";

const get = (rawPath: string) => checkRequest({ method: "GET", rawPath, contentLength: null, transferEncoding: null });
const post = (contentLength: string | null, transferEncoding: string | null = null) =>
  checkRequest({ method: "POST", rawPath: "/loften/nytt", contentLength, transferEncoding });

describe("checkRequest", () => {
  it("lets ordinary addresses through, escaped Swedish letters included", () => {
    expect(get("/enkoping/medborgarloften/trygg-p%C3%A5-torget")).toBeNull();
    expect(get("/")).toBeNull();
  });

  it("answers 400 to escapes that do not decode and to NUL bytes", () => {
    expect(get("/enkoping/%ZZ")?.status).toBe(400);
    expect(get("/enkoping/%C3%28")?.status).toBe(400);
    expect(get("/enkoping%00/medborgarloften")?.status).toBe(400);
  });

  it("answers 400 to an encoded percent sign, which Next would decode a second time into a 500", () => {
    for (const path of ["/loften/%25ZZ", "/loften/100%25", "/%25"]) expect(get(path)?.reason).toBe("encodedPercent");
  });

  it("has Next hold no more of a body for the proxy than the largest form, so a flood of large bodies cannot fill memory", async () => {
    const { PHASE_PRODUCTION_SERVER } = await import("next/constants.js");
    // @ts-expect-error -- plain JavaScript, so that `next start` does not compile it (see the file)
    const { default: config } = (await import("../../next.config.mjs")) as { default: (phase: string) => Promise<NextConfig> };
    expect((await config(PHASE_PRODUCTION_SERVER)).experimental?.proxyClientMaxBodySize).toBe(MAX_BODY_BYTES);
  });

  it("answers 413 to a body larger than any form, and 411 to a body of unknown length", () => {
    expect(post(String(MAX_BODY_BYTES))).toBeNull();
    expect(post(String(MAX_BODY_BYTES + 1))?.status).toBe(413);
    expect(post(null, "chunked")?.status).toBe(411);
    expect(post("abc")?.status).toBe(400);
  });

  it("answers 400 to a server action call whose body is not a form", () => {
    const action = (contentType: string | null) =>
      checkRequest({ method: "POST", rawPath: "/loften/x", contentLength: "7", transferEncoding: null, nextAction: "7fbe9f", contentType });
    expect(action("text/plain;charset=UTF-8")?.status).toBe(400);
    expect(action(null)?.status).toBe(400);
    // Next takes only the lowercase type for multipart and parses anything else as text.
    expect(action("MULTIPART/FORM-DATA; boundary=x")?.status).toBe(400);
    expect(action("multipart/form-data; boundary=----WebKitFormBoundaryabc")).toBeNull();
  });

  it("answers 403 to a server action sent from another site, and lets the portal's own through", () => {
    const action = (origin: string | null, host = "portal.example.se") =>
      checkRequest({ method: "POST", rawPath: "/loften/x", contentLength: "7", transferEncoding: null, nextAction: "7fbe9f", contentType: "multipart/form-data; boundary=x", origin, host });
    expect(action("https://evil.example")?.status).toBe(403);
    expect(action("null")?.status).toBe(403);
    expect(action("https://portal.example.se.evil.example")?.status).toBe(403);
    expect(action("https://portal.example.se")).toBeNull();
    expect(action("http://127.0.0.1:3100", "127.0.0.1:3100")).toBeNull();
    // Browsers send Origin with every POST; a request without one is judged by Next as before.
    expect(action(null)).toBeNull();
  });

  it("answers 403 to any form posted from another site's page, not only to server actions", () => {
    const post = (rawPath: string, origin: string | null, contentType = "application/x-www-form-urlencoded") =>
      checkRequest({ method: "POST", rawPath, contentLength: "20", transferEncoding: null, contentType, origin, host: "portal.example.se" });
    // The language switch: another site's form must not change a reader's language.
    expect(post("/api/language", "https://evil.example")).toEqual({ status: 403, reason: "sentFromElsewhere" });
    expect(post("/api/language", "null")?.status).toBe(403);
    // next-auth's sign-in and sign-out.
    expect(post("/api/auth/callback/credentials", "https://evil.example")?.status).toBe(403);
    expect(post("/api/auth/signout", "https://portal.example.se.evil.example")?.status).toBe(403);
    expect(post("/api/language", "https://portal.example.se")).toBeNull();
    expect(post("/api/auth/callback/credentials", "https://portal.example.se")).toBeNull();
    expect(post("/api/language", null)).toBeNull();
    expect(checkRequest({ method: "GET", rawPath: "/api/language", contentLength: null, transferEncoding: null, origin: "https://evil.example", host: "portal.example.se" })).toBeNull();
  });

  it("answers 400 to a server action call without a body, which Next waits for until the socket ends", () => {
    const action = (contentLength: string | null, contentType: string | null = "multipart/form-data; boundary=B") =>
      checkRequest({ method: "POST", rawPath: "/tillganglighet", contentLength, transferEncoding: null, nextAction: "7fbe9f", contentType });
    expect(action(null, null)).toEqual({ status: 400, reason: "actionNotForm" });
    expect(action(null)).toEqual({ status: 400, reason: "actionWithoutBody" });
    expect(action("0")).toEqual({ status: 400, reason: "actionWithoutBody" });
    expect(action("7")).toBeNull();
  });

  it("answers 400 to a POST to next-auth that is not urlencoded, as its forms and client send", () => {
    const auth = (contentType: string | null, rawPath = "/api/auth/callback/credentials") =>
      checkRequest({ method: "POST", rawPath, contentLength: "5", transferEncoding: null, contentType });
    for (const contentType of ["application/json", "text/plain", null, "application/x-www-form-urlencoded; application/json", "multipart/form-data; boundary=x"]) {
      expect(auth(contentType), String(contentType)).toEqual({ status: 400, reason: "authNotForm" });
    }
    expect(auth("application/json", "/api/auth/signout")?.status).toBe(400);
    expect(auth("application/x-www-form-urlencoded")).toBeNull();
    expect(auth("application/x-www-form-urlencoded;charset=UTF-8", "/api/auth/_log")).toBeNull();
    expect(checkRequest({ method: "GET", rawPath: "/api/auth/session", contentLength: null, transferEncoding: null })).toBeNull();
  });

  it("answers 403 to a POST a browser says another site sent, Origin or not, and lets the portal's own through", () => {
    const sent = (fetchSite: string | null, nextAction: string | null = null, method = "POST") =>
      checkRequest({ method, rawPath: "/api/language", contentLength: "7", transferEncoding: null, contentType: "multipart/form-data; boundary=x", nextAction, fetchSite });
    expect(sent("cross-site")).toEqual({ status: 403, reason: "sentFromElsewhere" });
    expect(sent("same-site")?.status).toBe(403);
    expect(sent("cross-site", "7fbe9f")?.status).toBe(403);
    expect(sent("same-origin")).toBeNull();
    expect(sent("none")).toBeNull();
    expect(sent(null)).toBeNull();
    expect(sent("cross-site", null, "GET")).toBeNull();
  });

  it("says why in Swedish first, then in English, keeping the status", () => {
    const bad = get("/enkoping/%ZZ")!;
    expect(bad.status).toBe(400);
    expect(refusalText(bad.reason)).toBe("Adressen innehåller en felaktig kodning. / The address has a malformed escape.");
    const tooLarge = post(String(MAX_BODY_BYTES + 1))!;
    expect(tooLarge.status).toBe(413);
    expect(refusalText(tooLarge.reason)).toBe("Innehållet är större än något formulär i portalen. / The body is larger than any form of the portal.");
  });
});
