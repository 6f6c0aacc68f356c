import { describe, expect, it } from "vitest";
import { ZSignIn } from "@/lib/auth/sign-in-schema";
import { translate } from "@/lib/i18n";

function swedishErrors(input: unknown) {
  const result = ZSignIn.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], translate("sv", i.message)]));
}

describe("sign-in input", () => {
  it("normalises the address so that case and spaces do not matter", () => {
    expect(ZSignIn.parse({ email: "  Kommun@Enkoping.DEMO ", password: "x" }).email).toBe("kommun@enkoping.demo");
  });

  it("explains in Swedish what is missing or wrong, per field", () => {
    expect(swedishErrors({ email: "", password: "" })).toEqual({
      email: "Skriv din e-postadress.",
      password: "Skriv ditt lösenord.",
    });
    expect(swedishErrors({ email: "inte-en-adress", password: "x" })).toEqual({
      email: "Skriv en giltig e-postadress, till exempel namn@kommun.se.",
    });
  });

  it("says in Swedish that an address or password is too long, instead of the validator's English", () => {
    expect(swedishErrors({ email: `${"a".repeat(5000)}@kommun.se`, password: "p".repeat(201) })).toEqual({
      email: "Texten är för lång.",
      password: "Texten är för lång.",
    });
  });
});
