import { describe, expect, it } from "vitest";
import { ZSetPassword } from "@/lib/users/schemas";

describe("setting a password with a one-time link", () => {
  it("explains a missing link or repetition in the catalogue's words, never zod's English", () => {
    const issues = (ZSetPassword.safeParse({ password: "Ett-långt-lösenord-2026" }).error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
    expect(issues).toContainEqual(["token", "account.errors.linkInvalid"]);
    expect(issues).toContainEqual(["passwordRepeat", "validation.required"]);
    expect(issues.flat().join(" ")).not.toMatch(/Invalid input/);
  });
});
