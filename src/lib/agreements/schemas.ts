import { z } from "zod";
import {
  longText,
  optionalDate,
  optionalText,
  optionalUrl,
  optionalUuid,
  optionalYear,
  requiredDate,
  requiredText,
  rows,
  uuid,
  version,
} from "@/lib/validation/fields";

/** Shared by the agreement form and the server actions. */
const agreementFields = {
  title: requiredText(300),
  periodStart: requiredDate(),
  periodEnd: requiredDate(),
  caseNumber: optionalText(50),
  decisionBody: optionalText(200),
  decisionParagraph: optionalText(50),
  decisionDate: optionalDate(),
  aim: longText(),
  background: longText(),
  economy: longText(),
  followUp: longText(),
  collaborationModel: longText(),
  replacesId: optionalUuid(),
  priorities: rows(z.object({ text: requiredText(500) })),
  signatories: rows(
    z.object({
      name: requiredText(200),
      title: requiredText(200),
      party: z.enum(["MUNICIPALITY", "POLICE"], "validation.required"),
    }),
    20,
  ),
  basisDocuments: rows(
    z.object({ title: requiredText(300), publisher: optionalText(200), year: optionalYear(), url: optionalUrl() }),
  ),
};

function periodInOrder(value: { periodStart: Date; periodEnd: Date }, ctx: z.RefinementCtx) {
  if (value.periodEnd < value.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "agreements.errors.endBeforeStart" });
  }
}

export const ZCreateAgreement = z
  .object({ ...agreementFields, municipalityId: uuid(), policeAreaId: uuid() })
  .superRefine(periodInOrder);
export type TCreateAgreement = z.infer<typeof ZCreateAgreement>;

export const ZUpdateAgreement = z.object({ ...agreementFields, id: uuid(), version: version() }).superRefine(periodInOrder);
export type TUpdateAgreement = z.infer<typeof ZUpdateAgreement>;

export type AgreementContent = Omit<TUpdateAgreement, "id" | "version">;

export const ZAgreementRef = z.object({ id: uuid(), version: version() });

export const ZTransitionAgreement = z.object({
  id: uuid(),
  version: version(),
  to: z.enum(["DRAFT", "IN_PREPARATION", "ACTIVE", "EXPIRED"], "validation.invalid"),
});

/** A joint commitment (gemensamt åtagande) of the agreement: a heading and its text, appended last. */
export const ZCreateCommitment = z.object({ agreementId: uuid(), heading: requiredText(300), text: longText(10_000) });
export type TCreateCommitment = z.infer<typeof ZCreateCommitment>;
/** An edit of a commitment, against the agreement's version the form was read at (commitments are part of its text). */
export const ZUpdateCommitment = z.object({ id: uuid(), version: version(), heading: requiredText(300), text: longText(10_000) });
export type TUpdateCommitment = z.infer<typeof ZUpdateCommitment>;
export const ZMoveCommitment = z.object({ id: uuid(), direction: z.enum(["up", "down"], "validation.invalid") });
export const ZDeleteCommitment = z.object({ id: uuid() });
