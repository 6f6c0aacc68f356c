import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const visit = (path: string, cookie?: string) =>
  proxy(new NextRequest(`http://portal.test${path}`, { headers: { "sec-fetch-dest": "document", ...(cookie ? { cookie } : {}) } }));

describe("the proxy and a reader's language", () => {
  it("shows an English address in English without choosing English for the reader's other pages", async () => {
    for (const path of ["/en/enkoping", "/en/finns-inte", "/sv/enkoping"]) {
      const response = await visit(path);
      expect(response.headers.get("set-cookie") ?? "", path).not.toContain("portal-locale");
    }
  });

  it("sends a reader who chose English to the English page, privately", async () => {
    const response = await visit("/enkoping?x=1", "portal-locale=en");
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/en/enkoping");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await visit("/enkoping")).headers.get("location")).toBeNull();
  });
});
