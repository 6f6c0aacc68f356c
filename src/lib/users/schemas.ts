import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { emailField } from "@/lib/municipalities/schemas";
import { optionalText, requiredText, uuid, version } from "@/lib/validation/fields";
import { ROLES } from "./rules";

const checkbox = () =>
  z
    .string()
    .optional()
    .transform((v) => v === "on");

const userFields = {
  name: requiredText(200),
  email: emailField(),
  /** Title or function, e.g. "Brotts- och drogsamordnare". */
  title: optionalText(200),
  organisationId: z
    .string("admin.errors.organisationRequired")
    .trim()
    .min(1, "admin.errors.organisationRequired")
    .pipe(z.uuid("admin.errors.organisationRequired")),
  role: z.enum(ROLES, "admin.errors.roleRequired"),
  mayManageUsers: checkbox(),
};

/** Shared by the user form and the server actions. */
export const ZCreateUser = z.object(userFields);
export const ZUpdateUser = z.object({ ...userFields, id: uuid(), version: version() });
export type TCreateUser = z.infer<typeof ZCreateUser>;
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

/** A user named by a button: reset link, deactivate, reactivate. */
export const ZUserRef = z.object({ id: uuid(), version: version() });
export type TUserRef = z.infer<typeof ZUserRef>;

const newPassword = () => z.string("account.errors.passwordTooShort").max(MAX_PASSWORD_LENGTH, "validation.tooLong");

function repeated<T extends { password: string; passwordRepeat: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.password !== value.passwordRepeat) ctx.addIssue({ code: "custom", path: ["passwordRepeat"], message: "account.errors.passwordMismatch" });
}

/** Setting a password with a one-time link: the token from the address, the password twice. */
export const ZSetPassword = z
  .object({ token: z.string("account.errors.linkInvalid").regex(/^[A-Za-z0-9_-]{43}$/, "account.errors.linkInvalid"), password: newPassword(), passwordRepeat: z.string("validation.required") })
  .superRefine(repeated);
export type TSetPassword = z.infer<typeof ZSetPassword>;

/** Changing one's own password: the current one, and the new one twice. */
export const ZChangePassword = z
  .object({ currentPassword: z.string().min(1, "account.errors.currentRequired").max(MAX_PASSWORD_LENGTH, "validation.tooLong"), password: newPassword(), passwordRepeat: z.string() })
  .superRefine(repeated);
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const LOCALES = ["sv", "en"] as const;
export const ZChangeLocale = z.object({ locale: z.enum(LOCALES, "validation.required") });
export type TChangeLocale = z.infer<typeof ZChangeLocale>;
