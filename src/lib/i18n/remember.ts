import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/i18n/routing";
import { toLocale } from "./index";

/**
 * Keeps a reader's chosen language for this browser (a user's at sign-in and on /konto, anyone's
 * with the header's switch), so addresses without a prefix open in it. Outside a request it
 * does nothing.
 */
export async function rememberLocale(locale: string | null | undefined): Promise<void> {
  try {
    (await cookies()).set(LOCALE_COOKIE, toLocale(locale), LOCALE_COOKIE_OPTIONS);
  } catch {
    // A script or test has no response to set a cookie on.
  }
}
