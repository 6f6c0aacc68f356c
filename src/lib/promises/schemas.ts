import { z } from "zod";
import {
  idList,
  longText,
  optionalText,
  optionalUuid,
  requiredDate,
  requiredText,
  rows,
  uuid,
  version,
} from "@/lib/validation/fields";

/** "on" when the user confirmed that number-like text is not a personal identity number. */
export const confirmNoPersonalData = () =>
  z
    .string()
    .optional()
    .transform((v) => v === "on");

const promiseFields = {
  title: requiredText(300),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(120, "validation.tooLong")
    .regex(/^[a-z0-9-]*$/, "promises.errors.slug")
    .optional()
    .transform((v) => v ?? ""),
  periodStart: requiredDate(),
  periodEnd: requiredDate(),
  focus: z.enum(["PLACE", "TARGET_GROUP"], "validation.required"),
  place: optionalText(200),
  targetGroup: optionalText(300),
  targetGroupRationale: longText(),
  background: longText(),
  citizenPerspective: longText(),
  criterionSafety: longText(5000),
  criterionCrime: longText(5000),
  criterionParticipation: longText(5000),
  criterionTrust: longText(5000),
  conclusion: longText(),
  agreementId: optionalUuid(),
  renewsId: optionalUuid(),
  goalIds: idList(),
  dialogueIds: idList(),
  signatories: rows(
    z.object({ name: requiredText(200), title: requiredText(200), party: z.enum(["MUNICIPALITY", "POLICE"], "validation.required") }),
    20,
  ),
  confirmNoPersonalData: confirmNoPersonalData(),
};

type Checked = { periodStart: Date; periodEnd: Date; focus: "PLACE" | "TARGET_GROUP"; place: string | null; targetGroup: string | null };
function consistent(value: Checked, ctx: z.RefinementCtx) {
  if (value.periodEnd < value.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "agreements.errors.endBeforeStart" });
  if (value.focus === "PLACE" && !value.place) ctx.addIssue({ code: "custom", path: ["place"], message: "promises.errors.placeRequired" });
  if (value.focus === "TARGET_GROUP" && !value.targetGroup) {
    ctx.addIssue({ code: "custom", path: ["targetGroup"], message: "promises.errors.targetGroupRequired" });
  }
}

export const ZCreatePromise = z.object({ ...promiseFields, municipalityId: uuid(), policeAreaId: uuid() }).superRefine(consistent);
export type TCreatePromise = z.infer<typeof ZCreatePromise>;
export const ZUpdatePromise = z.object({ ...promiseFields, id: uuid(), version: version() }).superRefine(consistent);
export type TUpdatePromise = z.infer<typeof ZUpdatePromise>;
export type PromiseContent = Omit<TUpdatePromise, "id" | "version">;

export const ZPromiseRef = z.object({ id: uuid(), version: version() });
export const ZTransitionPromise = z.object({ id: uuid(), version: version(), to: z.enum(["DRAFT", "AWAITING_APPROVAL", "COMPLETED"], "validation.invalid") });

/** The free-text fields checked for personal identity numbers. */
export const PROMISE_FREE_TEXT = [
  "title",
  "place",
  "targetGroup",
  "targetGroupRationale",
  "background",
  "citizenPerspective",
  "criterionSafety",
  "criterionCrime",
  "criterionParticipation",
  "criterionTrust",
  "conclusion",
] as const;
