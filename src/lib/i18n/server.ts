import "server-only";
import { getLocale, setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, toLocale, type Locale } from "./index";

/**
 * The language of the page, action or handler being served: the address's /en, or none
 * (Swedish). Outside a request (a script, a test calling an action) it is Swedish.
 */
export async function requestLocale(): Promise<Locale> {
  try {
    return toLocale(await getLocale());
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * The locale of a page from its own [locale] segment, handed to next-intl first thing so that
 * nothing under the page reads the request's headers: cached public pages stay static.
 * Every layout and page of the public tree calls it (next-intl renders them independently).
 */
export async function localeOfPage(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  return locale;
}
