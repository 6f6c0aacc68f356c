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

/** Interprets "2027-05-07T16:30" as time in Sweden, summer time included. */
export function swedishLocalToUtc(local: string): Date | null {
  const naive = new Date(`${local}:00Z`);
  if (Number.isNaN(naive.getTime())) return null;
  const offsetMinutes = (at: Date) => {
    const inSweden = new Date(at.toLocaleString("en-US", { timeZone: "Europe/Stockholm" }));
    const inUtc = new Date(at.toLocaleString("en-US", { timeZone: "UTC" }));
    return (inSweden.getTime() - inUtc.getTime()) / 60_000;
  };
  return new Date(naive.getTime() - offsetMinutes(naive) * 60_000);
}

/** The value for <input type="datetime-local">: the moment in Swedish local time. */
export function toSwedishLocalInput(date: Date | undefined): string {
  if (!date) return "";
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
    .format(date)
    .replace(" ", "T");
}
