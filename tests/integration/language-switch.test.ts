import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { POST } from "@/app/api/language/route";
import { hashPassword } from "@/lib/auth/password";
import { sessionCookieName } from "@/lib/auth/session-token";
import { database, db } from "@/lib/db";

process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
afterAll(async () => (await database()).close());

/** The browser's cookies as the handler sees them (next/headers), and what it sets. */
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));
beforeEach(() => jar.clear());

const PORTAL = "http://portal.test";

function choose(fields: Record<string, string>, headers: Record<string, string> = { origin: PORTAL, host: "portal.test" }) {
  const body = new URLSearchParams(fields);
  return POST(new Request(`${PORTAL}/api/language`, { method: "POST", body, headers }));
}

async function signedInUser() {
  const prisma = await db();
  const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Socialförvaltningen" } });
  const user = await prisma.user.create({
    data: { email: `sprak-${randomUUID()}@example.se`, name: "Sigrid Språk", role: "MUNICIPAL_OFFICIAL", organisationId: org.id, passwordHash: await hashPassword("x") },
  });
  jar.set(sessionCookieName(), await encode({ token: { sub: user.id, sessionVersion: user.sessionVersion }, secret: process.env.NEXTAUTH_SECRET! }));
  return user;
}

describe("the header's language switch", () => {
  it("shows the same page, filters kept, in the chosen language, and remembers the choice for this reader only", async () => {
    const response = await choose({ locale: "en", page: "/enkoping/medborgarloften?status=COMPLETED" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/en/enkoping/medborgarloften?status=COMPLETED");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(jar.get("portal-locale")).toBe("en");

    const back = await choose({ locale: "sv", page: "/en/enkoping" });
    expect(back.headers.get("location")).toBe("/enkoping");
    expect(jar.get("portal-locale")).toBe("sv");

    // An earlier action's notice ("Ändringarna är sparade.") is not announced again in the other language.
    expect((await choose({ locale: "en", page: "/loften/1?notice=saved&sida=2" })).headers.get("location")).toBe("/en/loften/1?sida=2");
  });

  it("stores a signed-in user's choice on the user, with its entry in the audit log, as the account page does", async () => {
    const user = await signedInUser();
    expect((await choose({ locale: "en", page: "/oversikt" })).headers.get("location")).toBe("/en/oversikt");
    const prisma = await db();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { userId: user.id, action: "account.locale" } });
    expect(entry.changes).toEqual({ locale: { from: "sv", to: "en" } });
  });

  it("never sends the reader to another site, whatever page the form names", async () => {
    const pages = ["//elsewhere.example/x", "/\\elsewhere.example", "https://elsewhere.example/", "/..//elsewhere.example", "/\t/elsewhere.example", "javascript:alert(1)", "", "/api/health"];
    for (const page of pages) {
      const location = (await choose({ locale: "en", page })).headers.get("location")!;
      expect(new URL(location, PORTAL).origin, page).toBe(PORTAL);
      expect(location.startsWith("//"), page).toBe(false);
    }
    expect((await choose({ locale: "sv", page: "/..//elsewhere/x" })).headers.get("location")).toBe("/");
    // Swedish letters in a filter reach the browser escaped, as an address header must be.
    expect((await choose({ locale: "en", page: "/enkoping/medborgarloften?plats=Bålsta" })).headers.get("location")).toBe("/en/enkoping/medborgarloften?plats=B%C3%A5lsta");
  });

  it("answers 400 to anything but its own form, changing nothing", async () => {
    const user = await signedInUser();
    const refusals: [string, Promise<Response>][] = [
      ["unknown language", choose({ locale: "de", page: "/" })],
      ["no page", choose({ locale: "en" })],
      ["a page too long", choose({ locale: "en", page: `/${"a".repeat(3000)}` })],
      ["prototype keys", choose({ "__proto__.locale": "en", "constructor.prototype.page": "/" })],
      ["JSON", POST(new Request(`${PORTAL}/api/language`, { method: "POST", body: JSON.stringify({ locale: "en", page: "/" }), headers: { "content-type": "application/json" } }))],
      ["no body", POST(new Request(`${PORTAL}/api/language`, { method: "POST" }))],
    ];
    for (const [what, refusal] of refusals) {
      const response = await refusal;
      expect(response.status, what).toBe(400);
      expect(await response.text(), what).toContain("Språkvalet kunde inte läsas.");
    }
    expect(jar.get("portal-locale")).toBeUndefined();
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("sv");
  });
});
