import { z } from "zod";
import { confirmNoPersonalData } from "@/lib/promises/schemas";
import { longText, optionalDate, optionalText, optionalUuid, requiredDate, requiredText, uuid, version } from "@/lib/validation/fields";
import { swedishToday } from "@/lib/format/dates";

/**
 * A decimal number as officials write it ("12,5" or "12.5"): indicators are rates and
 * shares, not only counts. Shared by the lägesbild's indicator forms and the measures'
 * indicator targets.
 */
export const requiredDecimal = () =>
  z
    .string("cycle.errors.number")
    .trim()
    .min(1, "cycle.errors.number")
    .transform((value, ctx) => {
      const n = Number(value.replace(",", ".").replace(/\s/g, ""));
      if (!Number.isFinite(n) || Math.abs(n) > 1e12) {
        ctx.addIssue({ code: "custom", message: "cycle.errors.number" });
        return z.NEVER;
      }
      return n;
    });

export const optionalDecimal = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const n = Number(value.replace(",", ".").replace(/\s/g, ""));
      if (!Number.isFinite(n) || Math.abs(n) > 1e12) {
        ctx.addIssue({ code: "custom", message: "cycle.errors.number" });
        return z.NEVER;
      }
      return n;
    });

/** Shared by the lägesbild form and the server actions. */
const analysisFields = {
  title: requiredText(300),
  asOf: requiredDate(),
  crimeSurvey: longText(),
  otherInformation: longText(),
  analysis: longText(),
  sourcesUsed: longText(5000),
  sourcesLeftOut: longText(5000),
  limitations: longText(5000),
  participants: longText(5000),
  presentedOn: optionalDate(),
  presentedTo: optionalText(500),
  situationalPictureId: optionalUuid(),
  confirmNoPersonalData: confirmNoPersonalData(),
};

export const ANALYSIS_FREE_TEXT = ["title", "crimeSurvey", "otherInformation", "analysis", "sourcesUsed", "sourcesLeftOut", "limitations", "participants", "presentedTo"] as const;

export const ZCreateAnalysis = z.object({ ...analysisFields, municipalityId: uuid() });
export const ZUpdateAnalysis = z.object({ ...analysisFields, id: uuid(), version: version() });
export type TCreateAnalysis = z.infer<typeof ZCreateAnalysis>;
export type TUpdateAnalysis = z.infer<typeof ZUpdateAnalysis>;
export type AnalysisContent = Omit<TUpdateAnalysis, "id" | "version">;

/**
 * When a value was measured: not after today in Sweden. A value dated ahead (2099 for 2025)
 * became the series' latest, the one the change from the baseline is read from, and no later
 * value could take its place.
 */
const measuredDate = () => requiredDate().refine((date) => date <= swedishToday(), "cycle.errors.measuredInFuture");

/** An indicator with its baseline: counts by place and theme, never persons. */
export const ZCreateIndicator = z.object({
  analysisId: uuid(),
  name: requiredText(200),
  unit: requiredText(60),
  place: optionalText(200),
  theme: optionalText(200),
  source: optionalText(500),
  baselineValue: requiredDecimal(),
  baselineOn: measuredDate(),
});
export type TCreateIndicator = z.infer<typeof ZCreateIndicator>;

/** A later value of an indicator's series, for follow-up against the baseline. */
export const ZRecordIndicatorValue = z.object({ indicatorId: uuid(), measuredOn: measuredDate(), value: requiredDecimal() });
export type TRecordIndicatorValue = z.infer<typeof ZRecordIndicatorValue>;

/** A value of the series taken back, to correct a mistaken one: removed, then recorded again. */
export const ZDeleteIndicatorValue = z.object({ id: uuid() });
export type TDeleteIndicatorValue = z.infer<typeof ZDeleteIndicatorValue>;
