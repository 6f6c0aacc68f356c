import { DEFAULT_LOCALE, isLocale, type Locale } from "./index";

/** "/en/loften" → { locale: "en", rest: "/loften" }; "/loften" → { locale: null, rest: "/loften" }. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const first = pathname.split("/")[1] ?? "";
  if (!isLocale(first)) return { locale: null, rest: pathname };
  const rest = pathname.slice(first.length + 1);
  return { locale: first, rest: rest === "" ? "/" : rest };
}

/** The address of a page in a language: Swedish has no prefix, English has /en. */
export function localePath(locale: Locale, pathname: string): string {
  const { rest } = splitLocale(pathname);
  if (locale === DEFAULT_LOCALE) return rest;
  return rest === "/" ? `/${locale}` : `/${locale}${rest}`;
}

/** An address that names its own language (/sv/konto after choosing Swedish) is kept; any other goes to the reader's. */
export function inReadersLocale(locale: Locale, href: string): string {
  return splitLocale(href).locale ? href : localePath(locale, href);
}

/** Addresses that are not pages: the API, Next's files, and root files such as /robots.txt. */
export function isPageAddress(pathname: string): boolean {
  if (pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/_next/")) return false;
  return !/^\/[^/]+\.[a-z]+$/i.test(pathname);
}

/** Where the header's language switch sends its form (src/app/api/language/route.ts). */
export const LANGUAGE_SWITCH_ADDRESS = "/api/language";
