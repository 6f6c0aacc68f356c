import { z } from "zod";
import { longText, optionalDate, optionalText, requiredText, uuid, version } from "@/lib/validation/fields";
import { COMPLIANCE_LEVELS, RESERVED_SLUGS, SCB_CODE_PATTERN, SLUG_PATTERN } from "./rules";

/** A slug for an address: lower-case, checked against the format; the municipality's also against the portal's own paths. */
export const slugField = (reservedCheck = false) =>
  z
    .string("validation.required")
    .trim()
    .toLowerCase()
    .min(1, "validation.required")
    .max(60, "validation.tooLong")
    .regex(SLUG_PATTERN, "admin.errors.slugFormat")
    .refine((v) => !reservedCheck || !RESERVED_SLUGS.has(v), "admin.errors.slugReserved");

/** An e-mail address, stored in lower case. */
export const emailField = () =>
  z.string("validation.required").trim().toLowerCase().min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("admin.errors.email"));

export const optionalEmailField = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.email("admin.errors.email").nullable());

const municipalityFields = {
  name: requiredText(200),
  slug: slugField(true),
  code: z.string("validation.required").trim().min(1, "validation.required").regex(SCB_CODE_PATTERN, "admin.errors.scbCode"),
  contactEmail: optionalEmailField(),
  contactPhone: optionalText(50),
  contactRoles: longText(2000),
  privacyContactEmail: optionalEmailField(),
  accessibilityCompliance: z.enum(COMPLIANCE_LEVELS, "validation.required"),
  accessibilityIssues: longText(20_000),
  accessibilityTestedOn: optionalDate(),
};

/** Shared by the municipality form and the server actions. */
export const ZCreateMunicipality = z.object(municipalityFields);
export const ZUpdateMunicipality = z.object({ ...municipalityFields, id: uuid(), version: version() });
export type TCreateMunicipality = z.infer<typeof ZCreateMunicipality>;
export type TUpdateMunicipality = z.infer<typeof ZUpdateMunicipality>;
