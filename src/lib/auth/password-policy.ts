import { COMMON_PASSWORDS } from "./common-passwords";

/** Long enough to resist guessing; a passphrase of three words is easily this long. */
export const MIN_PASSWORD_LENGTH = 10;
/** The sign-in form takes up to this many characters. */
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Why a new password is refused, as a catalogue key, or null when it may be used: too
 * short or long, a common password (or a common word with digits and signs around it),
 * one character repeated, or the user's own e-mail address or name. No rules about which
 * kinds of characters it must contain: length and rarity are what make it strong.
 */
export function passwordProblem(password: string, user: { email?: string | null; name?: string | null } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "account.errors.passwordTooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "validation.tooLong";
  const lower = password.toLowerCase().normalize("NFC");
  const stem = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (COMMON_PASSWORDS.has(lower) || (stem && COMMON_PASSWORDS.has(stem)) || /^(.)\1+$/u.test(lower)) return "account.errors.passwordCommon";
  const personal = [user.email?.toLowerCase(), user.email?.toLowerCase().split("@")[0], user.name?.toLowerCase().replace(/\s+/g, "")];
  const squeezed = lower.replace(/\s+/g, "");
  if (personal.some((p) => p && p.length >= 4 && (squeezed === p || stem === p || (p.length >= 6 && squeezed.includes(p))))) {
    return "account.errors.passwordPersonal";
  }
  return null;
}
