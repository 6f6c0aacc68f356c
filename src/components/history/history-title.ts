import { format, messages, type Locale } from "@/lib/i18n";

/** A history page's heading and tab title: which record's history it is, not "Historik" for every one. */
export function historyTitle(locale: Locale, recordTitle: string): string {
  return format(locale, messages(locale).agreements.historyTitle, { title: recordTitle });
}
