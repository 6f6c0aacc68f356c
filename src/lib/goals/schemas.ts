import { z } from "zod";
import { longText, optionalUuid, requiredText, uuid, version } from "@/lib/validation/fields";

export const ZCreateGoal = z.object({
  agreementId: uuid(),
  parentId: optionalUuid(),
  title: requiredText(500),
  description: longText(),
});

export const ZUpdateGoal = z.object({
  id: uuid(),
  version: version(),
  parentId: optionalUuid(),
  title: requiredText(500),
  description: longText(),
});

export const ZMoveGoal = z.object({ id: uuid(), direction: z.enum(["up", "down"], "validation.invalid") });
export const ZDeleteGoal = z.object({ id: uuid() });
