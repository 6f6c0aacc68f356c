import { IntlMessageFormat } from "intl-messageformat";
import en from "../../../messages/en.json";
import sv from "../../../messages/sv.json";

/** The Swedish catalogue is the source of every key; English must have the same shape. */
export type Messages = typeof sv;
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";

const catalogues: Record<Locale, Messages> = { sv, en };

/** BCP 47 tags for Intl, PDFs and the like: Swedish as in Sweden, English as in Britain (day month year). */
export const LANGUAGE_TAGS: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Anything that is not a known locale (a stored value, a path segment) reads as Swedish. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function messages(locale: Locale): Messages {
  return catalogues[locale] ?? catalogues[DEFAULT_LOCALE];
}

// Parsing an ICU message costs far more than formatting it; the catalogue is finite.
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Formats an ICU message from the catalogue: placeholders, plurals and numbers in the
 * locale's own way, e.g. format("sv", "{count, plural, one {# löfte} other {# löften}}", { count: 1 }).
 * A placeholder without a value stays visible rather than failing the page.
 */
export function format(locale: Locale, template: string, values: Record<string, string | number>): string {
  const key = `${locale}\u0000${template}`;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(template, LANGUAGE_TAGS[locale]);
    compiled.set(key, message);
  }
  try {
    return String(message.format(values));
  } catch {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  }
}

/** Looks up a dotted key such as a zod message ("signIn.errors.emailRequired"). */
export function translate(locale: Locale, key: string): string {
  let node: unknown = messages(locale);
  for (const part of key.split(".")) {
    if (node && typeof node === "object" && Object.hasOwn(node, part)) node = (node as Record<string, unknown>)[part];
    else return key;
  }
  return typeof node === "string" ? node : key;
}
