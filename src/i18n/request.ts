import { getRequestConfig } from "next-intl/server";
import { messages, toLocale } from "@/lib/i18n";

/**
 * The locale is the address's first segment. Cached public pages hand it over with
 * setRequestLocale (localeOfPage in src/lib/i18n/server.ts) so they stay static; dynamic
 * pages, server actions and route handlers read the header src/proxy.ts sets.
 */
export default getRequestConfig(async ({ locale: override, requestLocale }) => {
  const locale = toLocale(override ?? (await requestLocale));
  return { locale, messages: messages(locale), timeZone: "Europe/Stockholm" };
});
