import "@/lib/validation/no-eval";
import { z } from "zod";
import { swedishLocalToUtc } from "@/lib/format/dates";

/**
 * Building blocks for form schemas. Messages are catalogue keys ("validation.required"),
 * translated where they are shown. Form fields arrive as strings; these decide what an
 * empty field means.
 */

export const requiredText = (max = 500) =>
  z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");

export const optionalText = (max = 20_000) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

/** Long text where empty means "not written yet" rather than null. */
export const longText = (max = 20_000) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => v ?? "");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtcDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export const requiredDate = () =>
  z
    .string("validation.dateRequired")
    .trim()
    .min(1, "validation.dateRequired")
    .transform((value, ctx) => {
      const date = toUtcDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
        return z.NEVER;
      }
      return date;
    });

export const optionalDate = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const date = toUtcDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
        return z.NEVER;
      }
      return date;
    });

export const optionalYear = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      // Four digits as written: Number() would also read "2022.0", "2e3" and "0x7e6" as years.
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(year) || year < 1900 || year > 2200) {
        ctx.addIssue({ code: "custom", message: "validation.year" });
        return z.NEVER;
      }
      return year;
    });

export const optionalUrl = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      try {
        const url = new URL(value);
        if (url.protocol === "http:" || url.protocol === "https:") return url.toString();
      } catch {
        // fall through to the message
      }
      ctx.addIssue({ code: "custom", message: "validation.url" });
      return z.NEVER;
    });

export const uuid = () => z.uuid("validation.invalid");
/** A record chosen from a list that starts with no choice: left unchosen, it says so. */
export const chosenId = () => z.uuid("validation.choose");
export const optionalUuid = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid("validation.invalid").nullable());

/** The version the user's form was loaded at; a save quotes it back. */
export const version = () => z.coerce.number("validation.invalid").int().positive();

/** Rows of a repeated group where every field is empty are dropped before validation. */
export function rows<T extends z.ZodType>(row: T, max = 50) {
  return z.preprocess(
    (value) =>
      Array.isArray(value)
        ? value.filter((r) => r && typeof r === "object" && Object.values(r).some((v) => typeof v === "string" && v.trim() !== ""))
        : [],
    z.array(row).max(max, "validation.tooMany"),
  );
}

/**
 * A whole number from `min` to `max`, or null when the field is empty (counts, never names).
 * Digits only, with the spaces Swedish writes between thousands ("1 200") allowed: Number()
 * would also read "3.0", "1e2" and "0x10" as counts.
 */
export const optionalCount = (max = 1_000_000, { min = 0, message = "activities.errors.count" } = {}) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const digits = value.replace(/[\s\u00a0\u202f]/g, "");
      const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

/** The values of a checkbox group: none, one or several ids under one name. */
export const idList = () =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid("validation.invalid")));

/** <input type="datetime-local"> ("2027-05-07T16:30"), read as Swedish local time. */
export const swedishDateTime = () =>
  z
    .string("validation.dateRequired")
    .trim()
    .min(1, "dialogues.errors.dateTime")
    .transform((value, ctx) => {
      const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? swedishLocalToUtc(value) : null;
      const year = Number(value.slice(0, 4));
      if (!date || year < 1900 || year > 2200) {
        ctx.addIssue({ code: "custom", message: "dialogues.errors.dateTime" });
        return z.NEVER;
      }
      return date;
    });
