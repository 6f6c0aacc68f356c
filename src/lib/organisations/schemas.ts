import { z } from "zod";
import { optionalText, optionalUuid, requiredText, uuid, version } from "@/lib/validation/fields";

export const ORGANISATION_KINDS = ["MUNICIPAL_DEPARTMENT", "POLICE_AREA", "EXTERNAL"] as const;

const nameFields = {
  name: requiredText(200),
  shortName: optionalText(50),
};

/**
 * A new organisation: a municipal department or an external actor (the housing company, a
 * school, an association) belongs to a municipality; a police unit to a police area. Where
 * it belongs is fixed once made: the users in it reach what its place gives them.
 */
export const ZCreateOrganisation = z
  .object({ ...nameFields, kind: z.enum(ORGANISATION_KINDS, "validation.required"), municipalityId: optionalUuid(), policeAreaId: optionalUuid() })
  .superRefine((value, ctx) => {
    if (value.kind === "POLICE_AREA" && !value.policeAreaId) ctx.addIssue({ code: "custom", path: ["policeAreaId"], message: "admin.errors.policeAreaRequired" });
    if (value.kind !== "POLICE_AREA" && !value.municipalityId) ctx.addIssue({ code: "custom", path: ["municipalityId"], message: "admin.errors.municipalityRequired" });
  })
  .transform((value) => ({
    ...value,
    municipalityId: value.kind === "POLICE_AREA" ? null : value.municipalityId,
    policeAreaId: value.kind === "POLICE_AREA" ? value.policeAreaId : null,
  }));
export type TCreateOrganisation = z.infer<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = z.object({ ...nameFields, id: uuid(), version: version() });
export type TUpdateOrganisation = z.infer<typeof ZUpdateOrganisation>;
