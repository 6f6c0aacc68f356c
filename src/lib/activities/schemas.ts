import { z } from "zod";
import { confirmNoPersonalData } from "@/lib/promises/schemas";
import { chosenPeriod, PERIOD_CHOICES, type PeriodChoice } from "./period-choice";
import { optionalDecimal } from "@/lib/analyses/schemas";
import { idList, longText, optionalCount, optionalDate, optionalText, optionalUuid, optionalYear, requiredText, rows, uuid, version } from "@/lib/validation/fields";

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

/** An empty choice in a form is "none". */
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);
export const TRAFFIC_LIGHTS = ["GREEN", "YELLOW", "RED"] as const;
const trafficLight = () => z.preprocess(emptyAsUndefined, z.enum(TRAFFIC_LIGHTS, "validation.invalid").optional());

/**
 * A measure of an agreement's action plan: the same row as a promise's activity, with
 * Brå's further columns. Linked to a focus area or sub-goal of the agreement, always.
 */
const measureFields = {
  ...activityFields,
  goalId: z.string("cycle.errors.goalRequired").trim().min(1, "cycle.errors.goalRequired").pipe(z.uuid("validation.invalid")),
  cause: optionalText(5000),
  operationalGoal: optionalText(2000),
  indicatorId: optionalUuid(),
  indicatorTarget: optionalDecimal(),
  effortKind: z.preprocess(emptyAsUndefined, z.enum(["ONE_OFF", "ORDINARY"], "validation.invalid").optional()).transform((v) => v ?? null),
  municipalityContribution: optionalText(2000),
  policeContribution: optionalText(2000),
  dueOn: optionalDate(),
};

function indicatorTargetHasIndicator(value: { indicatorId: string | null; indicatorTarget: number | null }, ctx: z.RefinementCtx) {
  if (value.indicatorTarget !== null && !value.indicatorId) ctx.addIssue({ code: "custom", path: ["indicatorId"], message: "cycle.errors.indicatorRequired" });
}

export const ZCreateMeasure = z
  .object({ ...measureFields, actionPlanId: uuid() })
  .superRefine(targetHasUnit)
  .superRefine(indicatorTargetHasIndicator);
export const ZUpdateMeasure = z
  .object({ ...measureFields, id: uuid(), version: version() })
  .superRefine(targetHasUnit)
  .superRefine(indicatorTargetHasIndicator);
export type TCreateMeasure = z.infer<typeof ZCreateMeasure>;
export type TUpdateMeasure = z.infer<typeof ZUpdateMeasure>;
export const MEASURE_FREE_TEXT = [...ACTIVITY_FREE_TEXT, "cause", "operationalGoal", "municipalityContribution", "policeContribution"] as const;

const followUpFields = {
  /** Which period of the year: a tertial, the interim report, the year, a half-year or a month. */
  period: z.enum(PERIOD_CHOICES, "activities.errors.periodRequired"),
  periodYear: optionalYear().pipe(z.number("validation.year")),
  done: longText(5000),
  comment: longText(5000),
  status: ACTIVITY_STATUS,
  /** The figure that counts towards the activity's target, e.g. courses held. */
  achieved: optionalCount(),
  figures: rows(z.object({ label: requiredText(60), value: requiredCount() }), 10),
  /** An action plan's traffic light for the period; a promise's follow-up has none. */
  rating: trafficLight(),
  confirmNoPersonalData: confirmNoPersonalData(),
};

/**
 * A period that has not begun has nothing to report yet. zod may run this check even when a
 * field failed, so a missing choice or year is left to that field's own message.
 */
function periodHasBegun(value: { period: PeriodChoice; periodYear: number }, ctx: z.RefinementCtx) {
  if (!PERIOD_CHOICES.includes(value.period) || typeof value.periodYear !== "number") return;
  if (chosenPeriod(value.period, value.periodYear).periodStart > new Date()) {
    ctx.addIssue({ code: "custom", path: ["period"], message: "activities.errors.futurePeriod" });
  }
}

/** What is recorded: the kind of period and its first day, as every sum and report reads them. */
function asRecordedPeriod<T extends { period: PeriodChoice; periodYear: number }>({ period, periodYear, ...rest }: T) {
  return { ...rest, ...chosenPeriod(period, periodYear) };
}

export const ZCreateFollowUp = z.object({ ...followUpFields, activityId: uuid() }).superRefine(periodHasBegun).transform(asRecordedPeriod);
export const ZUpdateFollowUp = z.object({ ...followUpFields, id: uuid(), version: version() }).superRefine(periodHasBegun).transform(asRecordedPeriod);
export type TCreateFollowUp = z.infer<typeof ZCreateFollowUp>;
export type TUpdateFollowUp = z.infer<typeof ZUpdateFollowUp>;
