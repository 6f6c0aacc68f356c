import { format, parseISO } from "date-fns";
import { enGB, sv } from "date-fns/locale";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n";
import { dateTimeFormat } from "./intl";

const locales = { sv, en: enGB } as const;
const SWEDEN = "Europe/Stockholm";
/** What toLocaleString shows by default: a wall-clock time Date can parse back. */
const WALL_CLOCK = { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" } as const;

/**
 * Calendar dates (periods, due dates) are stored as UTC midnight. Formatting them through
 * their UTC calendar day keeps them right whatever time zone the server runs in.
 */
function toDate(value: Date | string) {
  const date = typeof value === "string" ? parseISO(value) : value;
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** "14 maj 2021" */
export function formatDate(value: Date | string, locale: Locale): string {
  return format(toDate(value), "d MMMM yyyy", { locale: locales[locale] });
}

/** "maj 2021–december 2023": how periods read in the documents. */
export function formatPeriod(from: Date | string, to: Date | string, locale: Locale): string {
  const l = locales[locale];
  return `${format(toDate(from), "MMMM yyyy", { locale: l })}–${format(toDate(to), "MMMM yyyy", { locale: l })}`;
}

/** "7 maj 2027 kl. 16.30": a moment, always shown in Swedish time, whatever the server's zone. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const date = typeof value === "string" ? parseISO(value) : value;
  const day = dateTimeFormat(LANGUAGE_TAGS[locale], { timeZone: SWEDEN, day: "numeric", month: "long", year: "numeric" }).format(date);
  const time = dateTimeFormat("sv-SE", { timeZone: SWEDEN, hour: "2-digit", minute: "2-digit" }).format(date);
  return locale === "sv" ? `${day} kl. ${time.replace(":", ".")}` : `${day}, ${time}`;
}

/** "mars 2025" */
export function formatMonth(value: Date | string, locale: Locale): string {
  return format(toDate(value), "MMMM yyyy", { locale: locales[locale] });
}

/** "mars" */
export function formatMonthName(value: Date | string, locale: Locale): string {
  return format(toDate(value), "MMMM", { locale: locales[locale] });
}

/**
 * Interprets "2027-05-07T16:30" as time in Sweden, summer time included; null for anything
 * that is not a real day and time (2027-02-30 would otherwise roll over into March), nor a
 * time that Swedish clocks skip.
 */
export function swedishLocalToUtc(local: string): Date | null {
  const naive = new Date(`${local}:00Z`);
  if (Number.isNaN(naive.getTime()) || naive.toISOString().slice(0, 16) !== local) return null;
  const offsetMinutes = (at: Date) => {
    const inSweden = new Date(dateTimeFormat("en-US", { timeZone: SWEDEN, ...WALL_CLOCK }).format(at));
    const inUtc = new Date(dateTimeFormat("en-US", { timeZone: "UTC", ...WALL_CLOCK }).format(at));
    return (inSweden.getTime() - inUtc.getTime()) / 60_000;
  };
  const moment = new Date(naive.getTime() - offsetMinutes(naive) * 60_000);
  // The hour the clocks skip in spring (02:00–02:59 on the last Sunday of March) names no moment.
  return toSwedishLocalInput(moment) === local ? moment : null;
}

/** The value for <input type="datetime-local">: the moment in Swedish local time. */
export function toSwedishLocalInput(date: Date | undefined): string {
  if (!date) return "";
  return dateTimeFormat("sv-SE", { timeZone: SWEDEN, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
    .format(date)
    .replace(" ", "T");
}

/** Today in Sweden, as the UTC midnight calendar dates are stored as. */
export function swedishToday(now = new Date()): Date {
  return new Date(`${toSwedishLocalInput(now).slice(0, 10)}T00:00:00.000Z`);
}

/** The value for <input type="date">: a stored calendar date as YYYY-MM-DD. */
export function toDateInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
