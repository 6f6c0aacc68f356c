import { z } from "zod";
import { confirmNoPersonalData } from "@/lib/promises/schemas";
import { longText, requiredText, uuid, version } from "@/lib/validation/fields";

const dateTime = () =>
  z
    .string("validation.dateRequired")
    .trim()
    .min(1, "dialogues.errors.dateTime")
    .transform((value, ctx) => {
      // <input type="datetime-local"> gives local Swedish time without a zone.
      const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
      const date = match ? swedishLocalToUtc(value) : null;
      if (!date) {
        ctx.addIssue({ code: "custom", message: "dialogues.errors.dateTime" });
        return z.NEVER;
      }
      return date;
    });

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

const participants = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
        ctx.addIssue({ code: "custom", message: "activities.errors.count" });
        return z.NEVER;
      }
      return n;
    });

const dialogueFields = {
  title: requiredText(300),
  startsAt: dateTime(),
  place: longText(300),
  format: longText(300),
  participantCount: participants(),
  themes: longText(5000),
  announced: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  confirmNoPersonalData: confirmNoPersonalData(),
};

export const ZCreateDialogue = z.object({ ...dialogueFields, municipalityId: uuid() });
export const ZUpdateDialogue = z.object({ ...dialogueFields, id: uuid(), version: version() });
export type TCreateDialogue = z.infer<typeof ZCreateDialogue>;
export type TUpdateDialogue = z.infer<typeof ZUpdateDialogue>;
