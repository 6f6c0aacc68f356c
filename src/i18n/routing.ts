import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n";

/**
 * Swedish addresses carry no prefix (/malmo), English ones do (/en/malmo). The locale is
 * part of the address, so every cached public page is cached per language. A visitor's or
 * user's choice (the header's switch, the account page, a user's sign-in) is remembered in
 * LOCALE_COOKIE and applied by src/proxy.ts, not guessed from the browser nor taken from an
 * address read: a Swedish public body answers in Swedish until asked otherwise.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

export const LOCALE_COOKIE = "portal-locale";

/** How long and where the choice is kept; read only by the proxy, never by pages. */
export const LOCALE_COOKIE_OPTIONS = { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true } as const;
