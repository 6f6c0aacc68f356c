import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { routing } from "@/i18n/routing";
import { RESERVED_SLUGS } from "@/lib/municipalities/rules";
import { ZCreateMunicipality } from "@/lib/municipalities/schemas";
import { ZCreateOrganisation } from "@/lib/organisations/schemas";
import { linkProblem, rolesFor } from "@/lib/users/rules";
import { ZCreateUser, ZSetPassword } from "@/lib/users/schemas";

describe("municipality slugs", () => {
  it("reserve every first path segment the portal itself uses", () => {
    const app = join(process.cwd(), "src", "app");
    const segments = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (!entry.isDirectory()) return [];
        // Route groups "(app)" add no segment, nor does the language when it is Swedish (/loften
        // is /sv/loften); "[municipality]" is the slug itself.
        if (entry.name.startsWith("(") || entry.name === "[locale]") return segments(join(dir, entry.name));
        if (entry.name.startsWith("[")) return [];
        return [entry.name];
      });
    const used = [...segments(app), ...routing.locales, "sitemap.xml", "robots.txt", "_next"];
    expect(used).toEqual(expect.arrayContaining(["loften", "oversikt", "sok", "kontakt"]));
    expect(used.filter((s) => !RESERVED_SLUGS.has(s))).toEqual([]);
  });

  const valid = { name: "Testkommun", slug: "testkommun", code: "9999", accessibilityCompliance: "PARTIAL" };
  const errorAt = (input: Record<string, unknown>, field: string) =>
    ZCreateMunicipality.safeParse(input).error?.issues.find((i) => i.path[0] === field)?.message;

  it("take lower-case letters, digits and single hyphens, and none of the reserved ones", () => {
    expect(ZCreateMunicipality.safeParse(valid).success).toBe(true);
    expect(ZCreateMunicipality.parse({ ...valid, slug: " Upplands-Vasby " }).slug).toBe("upplands-vasby");
    expect(errorAt({ ...valid, slug: "enköping" }, "slug")).toBe("admin.errors.slugFormat");
    expect(errorAt({ ...valid, slug: "a--b" }, "slug")).toBe("admin.errors.slugFormat");
    expect(errorAt({ ...valid, slug: "admin" }, "slug")).toBe("admin.errors.slugReserved");
    expect(errorAt({ ...valid, slug: "en" }, "slug")).toBe("admin.errors.slugReserved");
    expect(errorAt({ ...valid, slug: "" }, "slug")).toBe("validation.required");
  });

  it("need SCB's four-digit code and real e-mail addresses", () => {
    expect(errorAt({ ...valid, code: "381" }, "code")).toBe("admin.errors.scbCode");
    expect(errorAt({ ...valid, code: "" }, "code")).toBe("validation.required");
    expect(errorAt({ ...valid, contactEmail: "inte en adress" }, "contactEmail")).toBe("admin.errors.email");
    expect(ZCreateMunicipality.parse({ ...valid, contactEmail: "" }).contactEmail).toBeNull();
  });
});

describe("organisations", () => {
  it("belong to a municipality, or a police unit to a police area", () => {
    const municipalityId = "5b0f9a4e-2f5e-4c36-9d1b-0b6a1b2c3d4e";
    expect(ZCreateOrganisation.safeParse({ kind: "MUNICIPAL_DEPARTMENT", name: "Socialförvaltningen" }).error?.issues[0]).toMatchObject({
      path: ["municipalityId"],
      message: "admin.errors.municipalityRequired",
    });
    expect(ZCreateOrganisation.safeParse({ kind: "POLICE_AREA", name: "LPO", municipalityId }).error?.issues[0]).toMatchObject({
      path: ["policeAreaId"],
      message: "admin.errors.policeAreaRequired",
    });
    const external = ZCreateOrganisation.parse({ kind: "EXTERNAL", name: "Bostadsbolaget", municipalityId, policeAreaId: municipalityId });
    expect(external.policeAreaId).toBeNull();
  });
});

describe("users", () => {
  it("need an organisation", () => {
    const result = ZCreateUser.safeParse({ name: "Kim", email: "kim@testkommun.se", organisationId: "", role: "MUNICIPAL_OFFICIAL" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["organisationId"], message: "admin.errors.organisationRequired" })]);
  });

  it("take roles that fit their organisation", () => {
    expect(rolesFor("MUNICIPAL_DEPARTMENT")).toEqual(["ADMIN", "MUNICIPAL_OFFICIAL", "FORUM_MEMBER"]);
    expect(rolesFor("POLICE_AREA")).toEqual(["ADMIN", "POLICE_STAFF", "FORUM_MEMBER"]);
    expect(rolesFor("EXTERNAL")).toEqual(["FORUM_MEMBER"]);
  });
});

describe("new passwords", () => {
  it("are long enough and not common, personal or repeated", () => {
    expect(passwordProblem("kort-ord")).toBe("account.errors.passwordTooShort");
    expect(passwordProblem("password123")).toBe("account.errors.passwordCommon");
    expect(passwordProblem("Sommar2024!!")).toBe("account.errors.passwordCommon");
    expect(passwordProblem("!!Lösenord2026")).toBe("account.errors.passwordCommon");
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("account.errors.passwordCommon");
    expect(passwordProblem("kim.larsson@testkommun.se", { email: "kim.larsson@testkommun.se" })).toBe("account.errors.passwordPersonal");
    expect(passwordProblem("kim.larsson-2026", { email: "kim.larsson@testkommun.se" })).toBe("account.errors.passwordPersonal");
    expect(passwordProblem("Kim Larsson", { name: "Kim Larsson" })).toBe("account.errors.passwordPersonal");
    expect(passwordProblem("KimLarsson1", { name: "Kim Larsson" })).toBe("account.errors.passwordPersonal");
    expect(passwordProblem("tre gröna äpplen i korgen", { email: "kim@testkommun.se", name: "Kim" })).toBeNull();
  });

  it("must be typed the same twice", () => {
    const token = "a".repeat(43);
    expect(ZSetPassword.safeParse({ token, password: "tre gröna äpplen", passwordRepeat: "tre gröna äpplen" }).success).toBe(true);
    expect(ZSetPassword.safeParse({ token, password: "tre gröna äpplen", passwordRepeat: "tre gröna päron" }).error?.issues[0]).toMatchObject({
      path: ["passwordRepeat"],
      message: "account.errors.passwordMismatch",
    });
  });
});

describe("one-time links", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const link = { usedAt: null, revokedAt: null, expiresAt: new Date("2026-12-02T12:00:00Z"), user: { active: true } };
  it("work once, until they expire, for an active user, unless a newer one replaced them", () => {
    expect(linkProblem(link, now)).toBeNull();
    expect(linkProblem(null, now)).toBe("linkInvalid");
    expect(linkProblem({ ...link, usedAt: now }, now)).toBe("linkUsed");
    expect(linkProblem({ ...link, expiresAt: now }, now)).toBe("linkExpired");
    expect(linkProblem({ ...link, revokedAt: now }, now)).toBe("linkInvalid");
    expect(linkProblem({ ...link, user: { active: false } }, now)).toBe("linkInvalid");
  });
});
