import { en } from "./en";
import { sv, type Messages } from "./sv";

export type Locale = "sv" | "en";
export const DEFAULT_LOCALE: Locale = "sv";
const catalogues: Record<Locale, Messages> = { sv, en };

export function messages(locale: string = DEFAULT_LOCALE): Messages {
  return catalogues[locale as Locale] ?? catalogues[DEFAULT_LOCALE];
}

/** Fills {placeholders}: format("Välkommen, {name}", { name: "Kim" }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** Looks up a dotted key such as a zod message ("signIn.errors.emailRequired"). */
export function translate(locale: string, key: string): string {
  let node: unknown = messages(locale);
  for (const part of key.split(".")) {
    if (node && typeof node === "object" && part in node) node = (node as Record<string, unknown>)[part];
    else return key;
  }
  return typeof node === "string" ? node : key;
}

export type { Messages };
