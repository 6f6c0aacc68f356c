import { z } from "zod";
import { listQuery } from "@/lib/pagination/filter";
import { confirmNoPersonalData } from "@/lib/promises/schemas";
import { longText, optionalCount, requiredText, swedishDateTime, uuid, version } from "@/lib/validation/fields";

const dialogueFields = {
  title: requiredText(300),
  startsAt: swedishDateTime(),
  place: longText(300),
  format: longText(300),
  participantCount: optionalCount(),
  themes: longText(5000),
  announced: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  confirmNoPersonalData: confirmNoPersonalData(),
};

/** A new dialogue is made under the list, which it returns to with the list's filter. */
export const ZCreateDialogue = z.object({ ...dialogueFields, municipalityId: uuid(), list: listQuery() });
export const ZUpdateDialogue = z.object({ ...dialogueFields, id: uuid(), version: version() });
export type TCreateDialogue = z.infer<typeof ZCreateDialogue>;
export type TUpdateDialogue = z.infer<typeof ZUpdateDialogue>;
