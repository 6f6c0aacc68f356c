import { z } from "zod";
import { optionalText, uuid, version } from "@/lib/validation/fields";

/** The municipality's coordinating function and revision interval; shared by the form and the action. */
export const ZCycleSettings = z.object({
  municipalityId: uuid(),
  version: version(),
  coordinatingFunction: optionalText(300),
  revisionIntervalMonths: z.coerce.number("cycle.errors.interval").int("cycle.errors.interval").min(6, "cycle.errors.interval").max(60, "cycle.errors.interval"),
});
export type TCycleSettings = z.infer<typeof ZCycleSettings>;
