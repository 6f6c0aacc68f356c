import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionClaims, sessionCookieName, sessionTokenFrom } from "@/lib/auth/session-token";

const SECRET = "unit-tests-secret-that-is-long-enough-for-next-auth";
const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };

beforeEach(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
});
afterEach(() => {
  process.env.NEXTAUTH_SECRET = saved.secret;
  process.env.NEXTAUTH_URL = saved.url;
});

const claims = { sub: "5b0c1c1e-2f49-4d39-9f7f-7c1c3d0f1a11", name: "Sara", email: "sara@example.se", sessionVersion: 3 };

describe("the session cookie a page reads", () => {
  it("is __Secure- prefixed exactly when the portal's address is https, as next-auth sets it", () => {
    expect(sessionCookieName()).toBe("next-auth.session-token");
    process.env.NEXTAUTH_URL = "https://samverkan.example.se";
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    // A cookie without the prefix is not the session on an https portal.
    expect(sessionTokenFrom([{ name: "next-auth.session-token", value: "x" }])).toBeNull();
  });

  it("joins a token next-auth split into numbered chunks in their order, and ignores look-alikes", () => {
    const name = "next-auth.session-token";
    expect(
      sessionTokenFrom([
        { name: `${name}.1`, value: "b" },
        { name: "other", value: "z" },
        { name: `${name}.10`, value: "c" },
        { name: `${name}.0`, value: "a" },
        { name: `${name}.x`, value: "!" },
        { name: `${name}-evil`, value: "!" },
      ]),
    ).toBe("abc");
    expect(sessionTokenFrom([{ name, value: "whole" }])).toBe("whole");
    expect(sessionTokenFrom([])).toBeNull();
  });
});

describe("what a session token claims", () => {
  it("is the user and the session version of a token the portal made", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await sessionClaims(token)).toEqual({ userId: claims.sub, sessionVersion: 3 });
  });

  it("is nothing for a token made with another secret, a garbled token, an expired one, or one without a session version", async () => {
    expect(await sessionClaims(await encode({ token: claims, secret: "another-secret-that-is-long-enough-too" }))).toBeNull();
    expect(await sessionClaims("not.a.token.at.all")).toBeNull();
    expect(await sessionClaims(await encode({ token: claims, secret: SECRET, maxAge: -60 }))).toBeNull();
    expect(await sessionClaims(await encode({ token: { sub: claims.sub }, secret: SECRET }))).toBeNull();
    expect(await sessionClaims(null)).toBeNull();
  });
});
