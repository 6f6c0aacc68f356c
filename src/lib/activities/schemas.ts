import { z } from "zod";
import { confirmNoPersonalData } from "@/lib/promises/schemas";
import { periodStartOf } from "./periods";
import { idList, longText, optionalCount, optionalText, optionalUuid, requiredDate, requiredText, rows, uuid, version } from "@/lib/validation/fields";

const ACTIVITY_STATUS = z.enum(["PLANNED", "ONGOING", "DONE", "DEVIATING", "CANCELLED"], "validation.required");

const requiredCount = () => optionalCount().pipe(z.number("activities.errors.count"));

const activityFields = {
  title: requiredText(1000),
  scope: longText(5000),
  timing: longText(2000),
  responsible: longText(2000),
  followUp: longText(2000),
  evaluation: longText(2000),
  status: ACTIVITY_STATUS,
  goalId: optionalUuid(),
  targetValue: optionalCount(),
  targetUnit: optionalText(60),
  responsibleOrgIds: idList(),
  confirmNoPersonalData: confirmNoPersonalData(),
};

function targetHasUnit(value: { targetValue: number | null; targetUnit: string | null }, ctx: z.RefinementCtx) {
  if (value.targetValue !== null && !value.targetUnit) ctx.addIssue({ code: "custom", path: ["targetUnit"], message: "activities.errors.unitRequired" });
}

export const ZCreateActivity = z.object({ ...activityFields, promiseId: uuid() }).superRefine(targetHasUnit);
export const ZUpdateActivity = z.object({ ...activityFields, id: uuid(), version: version() }).superRefine(targetHasUnit);
export type TCreateActivity = z.infer<typeof ZCreateActivity>;
export type TUpdateActivity = z.infer<typeof ZUpdateActivity>;
export const ZMoveActivity = z.object({ id: uuid(), direction: z.enum(["up", "down"], "validation.invalid") });
export const ZDeleteActivity = z.object({ id: uuid() });

export const ACTIVITY_FREE_TEXT = ["title", "scope", "timing", "responsible", "followUp", "evaluation"] as const;

const followUpFields = {
  periodType: z.enum(["MONTH", "TERTIAL", "HALF_YEAR", "YEAR"], "validation.required"),
  periodStart: requiredDate(),
  done: longText(5000),
  comment: longText(5000),
  status: ACTIVITY_STATUS,
  /** The figure that counts towards the activity's target, e.g. courses held. */
  achieved: optionalCount(),
  figures: rows(z.object({ label: requiredText(60), value: requiredCount() }), 10),
  confirmNoPersonalData: confirmNoPersonalData(),
};

/** A period that has not begun has nothing to report yet. */
function periodHasBegun(value: { periodType: "MONTH" | "TERTIAL" | "HALF_YEAR" | "YEAR"; periodStart: Date }, ctx: z.RefinementCtx) {
  if (periodStartOf(value.periodType, value.periodStart) > new Date()) {
    ctx.addIssue({ code: "custom", path: ["periodStart"], message: "activities.errors.futurePeriod" });
  }
}

export const ZCreateFollowUp = z.object({ ...followUpFields, activityId: uuid() }).superRefine(periodHasBegun);
export const ZUpdateFollowUp = z.object({ ...followUpFields, id: uuid(), version: version() }).superRefine(periodHasBegun);
export type TCreateFollowUp = z.infer<typeof ZCreateFollowUp>;
export type TUpdateFollowUp = z.infer<typeof ZUpdateFollowUp>;
