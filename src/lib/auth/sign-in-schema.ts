import "@/lib/validation/no-eval";
import { z } from "zod";

/** Shared by the sign-in form and the server; messages are catalogue keys. */
export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "signIn.errors.emailRequired")
    .max(200, "validation.tooLong")
    // Piped, so an empty address is reported as missing only, not also as invalid.
    .pipe(z.email("signIn.errors.emailInvalid")),
  password: z.string().min(1, "signIn.errors.passwordRequired").max(200, "validation.tooLong"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** Error codes next-auth passes back to the sign-in page. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled" } as const;
