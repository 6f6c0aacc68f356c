import { z } from "zod";
import { slugField } from "@/lib/municipalities/schemas";
import { idList, requiredText, uuid, version } from "@/lib/validation/fields";

const policeAreaFields = {
  name: requiredText(200),
  slug: slugField(),
  /** The municipalities the area covers from now on. */
  municipalityIds: idList(),
};

/** Shared by the police area form and the server actions. */
export const ZCreatePoliceArea = z.object(policeAreaFields);
export const ZUpdatePoliceArea = z.object({ ...policeAreaFields, id: uuid(), version: version() });
export type TCreatePoliceArea = z.infer<typeof ZCreatePoliceArea>;
export type TUpdatePoliceArea = z.infer<typeof ZUpdatePoliceArea>;
