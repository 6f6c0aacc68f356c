import { z } from "zod";
import { optionalUuid, requiredDate, requiredText, uuid, version } from "@/lib/validation/fields";

/** Shared by the action plan form and the server actions. */
const planFields = {
  title: requiredText(300),
  periodStart: requiredDate(),
  periodEnd: requiredDate(),
  analysisId: optionalUuid(),
};

function periodInOrder(value: { periodStart: Date; periodEnd: Date }, ctx: z.RefinementCtx) {
  if (value.periodEnd < value.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "agreements.errors.endBeforeStart" });
}

export const ZCreateActionPlan = z.object({ ...planFields, agreementId: uuid() }).superRefine(periodInOrder);
export const ZUpdateActionPlan = z.object({ ...planFields, id: uuid(), version: version() }).superRefine(periodInOrder);
export type TCreateActionPlan = z.infer<typeof ZCreateActionPlan>;
export type TUpdateActionPlan = z.infer<typeof ZUpdateActionPlan>;

export const ZActionPlanRef = z.object({ id: uuid(), version: version() });
export const ZPublishActionPlan = z.object({ id: uuid(), version: version(), published: z.enum(["true", "false"], "validation.invalid").transform((v) => v === "true") });
