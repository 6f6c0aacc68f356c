import { describe, expect, it } from "vitest";
import { callbackPathOr, DEFAULT_AFTER_SIGN_IN, safeCallbackPath, safeRedirect } from "@/lib/auth/callback-url";

describe("where sign-in may send the browser", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackPath("/avtal")).toBe("/avtal");
    expect(safeCallbackPath("/loften/123?flik=plan#aktiviteter")).toBe("/loften/123?flik=plan#aktiviteter");
    expect(safeCallbackPath("/enkoping/medborgarloften/tryggare-centrum")).toBe("/enkoping/medborgarloften/tryggare-centrum");
    // Only the path decides the host: a query may hold anything escaped.
    expect(safeCallbackPath("/logga-in?callbackUrl=%2F%255Cevil.example")).toBe("/logga-in?callbackUrl=%2F%255Cevil.example");
  });

  it.each([
    ["/%5Cevil.example"], // the reported one: decoded once more, `/\evil.example`
    ["/\\evil.example"],
    ["/\\evil"],
    ["\\\\evil.example"],
    ["//evil.example"],
    ["//evil.example/oversikt"],
    ["/%2F/evil.example"],
    ["/%2fevil.example"],
    ["https://evil.example"],
    ["https://evil.example/oversikt"],
    ["http:evil.example"],
    ["javascript:alert(1)"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/%09/evil.example"],
    ["/.//evil.example"],
    ["/./\\evil.example"],
    [" /oversikt"],
    ["evil.example"],
    [""],
    ["/%E0%A4%A"],
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
    expect(callbackPathOr(value)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath(["/avtal", "//evil.example"])).toBeNull();
    expect(callbackPathOr(null, "/")).toBe("/");
  });

  it("next-auth's redirect callback keeps the portal's own addresses and nothing else", () => {
    const base = "http://localhost:3000";
    expect(safeRedirect("/", base)).toBe("http://localhost:3000/");
    expect(safeRedirect("/oversikt", base)).toBe("http://localhost:3000/oversikt");
    expect(safeRedirect("http://localhost:3000/avtal?x=1", base)).toBe("http://localhost:3000/avtal?x=1");
    expect(safeRedirect("/%5Cevil.example", base)).toBe(base);
    expect(safeRedirect("/\\evil.example", base)).toBe(base);
    expect(safeRedirect("//evil.example", base)).toBe(base);
    expect(safeRedirect("https://evil.example", base)).toBe(base);
    expect(safeRedirect("http://localhost:3000.evil.example/", base)).toBe(base);
    expect(safeRedirect("http://localhost:3000//evil.example", base)).toBe(base);
    expect(safeRedirect("not a url", base)).toBe(base);
  });
});
