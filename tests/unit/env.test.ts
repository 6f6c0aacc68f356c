import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

const secret = "x".repeat(40);

describe("environment", () => {
  it("runs the demo on the embedded database when nothing is set", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORTAL_ENV: "demo", PGLITE_DIR: "data/pglite" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names every missing setting when a production run lacks them", () => {
    expect(() => readEnv({ PORTAL_ENV: "production" })).toThrow(
      "PORTAL_ENV=production requires DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL",
    );
  });

  it("accepts a complete production configuration", () => {
    const env = readEnv({
      PORTAL_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db:5432/samverkan",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: "https://samverkan.example.se",
    });
    expect(env.PORTAL_ENV).toBe("production");
  });

  it("rejects a short secret and a database URL that is not PostgreSQL", () => {
    expect(() => readEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET must be at least 32/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\//);
  });
});
