import { format, parseISO } from "date-fns";
import { enGB, sv } from "date-fns/locale";

const locales = { sv, en: enGB } as const;

function toDate(value: Date | string) {
  return typeof value === "string" ? parseISO(value) : value;
}

/** "14 maj 2021" */
export function formatDate(value: Date | string, locale = "sv"): string {
  return format(toDate(value), "d MMMM yyyy", { locale: locales[locale as keyof typeof locales] ?? sv });
}

/** "maj 2021–december 2023": how periods read in the documents. */
export function formatPeriod(from: Date | string, to: Date | string, locale = "sv"): string {
  const l = locales[locale as keyof typeof locales] ?? sv;
  return `${format(toDate(from), "MMMM yyyy", { locale: l })}–${format(toDate(to), "MMMM yyyy", { locale: l })}`;
}

/** "7 maj 2027 kl. 16.30" */
export function formatDateTime(value: Date | string, locale = "sv"): string {
  const l = locales[locale as keyof typeof locales] ?? sv;
  return locale === "sv"
    ? format(toDate(value), "d MMMM yyyy 'kl.' HH.mm", { locale: l })
    : format(toDate(value), "d MMMM yyyy, HH:mm", { locale: l });
}

/** "mars 2025" */
export function formatMonth(value: Date | string, locale = "sv"): string {
  return format(toDate(value), "MMMM yyyy", { locale: locales[locale as keyof typeof locales] ?? sv });
}
