import { z } from "zod";
import { optionalDate, optionalText, optionalUuid, requiredDate, requiredText, uuid, version } from "@/lib/validation/fields";

/** A decision on an agreement or an action plan; shared by the form and the server actions. */
const decisionFields = {
  body: requiredText(200),
  decidedOn: requiredDate(),
  caseNumber: optionalText(50),
  paragraph: optionalText(50),
  decision: requiredText(5000),
  condition: optionalText(2000),
  conditionDueOn: optionalDate(),
};

export const ZCreateDecision = z
  .object({ ...decisionFields, agreementId: optionalUuid(), actionPlanId: optionalUuid() })
  .refine((v) => v.agreementId || v.actionPlanId, { message: "validation.invalid", path: ["agreementId"] });
export type TCreateDecision = z.infer<typeof ZCreateDecision>;

/** The condition was met (the council approved): the decision stops being pending. */
export const ZMeetCondition = z.object({ id: uuid(), version: version(), conditionMetOn: requiredDate() });
export type TMeetCondition = z.infer<typeof ZMeetCondition>;
