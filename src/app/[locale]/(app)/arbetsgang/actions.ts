"use server";

import { revalidatePath } from "next/cache";
import { approveActionPlan, createActionPlan, setActionPlanPublished, updateActionPlan } from "@/lib/action-plans/mutations";
import { ZActionPlanRef, ZCreateActionPlan, ZPublishActionPlan, ZUpdateActionPlan } from "@/lib/action-plans/schemas";
import { defineAction } from "@/lib/actions/define-action";
import { createActivity, updateActivity } from "@/lib/activities/mutations";
import { ZCreateMeasure, ZUpdateMeasure } from "@/lib/activities/schemas";
import { createAnalysis, createIndicator, deleteIndicatorValue, recordIndicatorValue, updateAnalysis } from "@/lib/analyses/mutations";
import { ZCreateAnalysis, ZCreateIndicator, ZDeleteIndicatorValue, ZRecordIndicatorValue, ZUpdateAnalysis } from "@/lib/analyses/schemas";
import { createCommitment, deleteCommitment, moveCommitment, updateCommitment } from "@/lib/agreements/commitments";
import { ZCreateCommitment, ZDeleteCommitment, ZMoveCommitment, ZUpdateCommitment } from "@/lib/agreements/schemas";
import { updateCycleSettings } from "@/lib/cycle/mutations";
import { ZCycleSettings } from "@/lib/cycle/schemas";
import { createDecision, meetCondition } from "@/lib/decisions/mutations";
import { ZCreateDecision, ZMeetCondition } from "@/lib/decisions/schemas";
import { revalidatePublic } from "@/lib/public/revalidate";

/** The law's cycle: lägesbild, action plans and their measures, decisions, the coordinating function. */

export const createAnalysisAction = defineAction(ZCreateAnalysis, async ({ actor, input }) => {
  const analysis = await createAnalysis(actor, input);
  revalidatePath("/lagesbild");
  return { ok: true, data: undefined, redirectTo: `/lagesbild/${analysis.id}?notice=analysisCreated` };
});

export const updateAnalysisAction = defineAction(ZUpdateAnalysis, async ({ actor, input }) => {
  await updateAnalysis(actor, input);
  revalidatePath(`/lagesbild/${input.id}`);
  return { ok: true, data: undefined, redirectTo: `/lagesbild/${input.id}?notice=saved` };
});

export const createIndicatorAction = defineAction(ZCreateIndicator, async ({ actor, input }) => {
  await createIndicator(actor, input);
  revalidatePath(`/lagesbild/${input.analysisId}`);
  return { ok: true, data: undefined, redirectTo: `/lagesbild/${input.analysisId}?notice=saved#indikatorer` };
});

export const recordIndicatorValueAction = defineAction(ZRecordIndicatorValue, async ({ actor, input }) => {
  const { analysisId } = await recordIndicatorValue(actor, input);
  revalidatePath(`/lagesbild/${analysisId}`);
  return { ok: true, data: undefined, redirectTo: `/lagesbild/${analysisId}?notice=saved#indikatorer` };
});

export const deleteIndicatorValueAction = defineAction(ZDeleteIndicatorValue, async ({ actor, input }) => {
  const { analysisId } = await deleteIndicatorValue(actor, input);
  revalidatePath(`/lagesbild/${analysisId}`);
  return { ok: true, data: undefined, redirectTo: `/lagesbild/${analysisId}?notice=saved#indikatorer` };
});

export const createActionPlanAction = defineAction(ZCreateActionPlan, async ({ actor, input }) => {
  const plan = await createActionPlan(actor, input);
  revalidatePath(`/avtal/${input.agreementId}`);
  return { ok: true, data: undefined, redirectTo: `/atgardsplaner/${plan.id}?notice=planCreated` };
});

export const updateActionPlanAction = defineAction(ZUpdateActionPlan, async ({ actor, input }) => {
  await updateActionPlan(actor, input);
  revalidatePath(`/atgardsplaner/${input.id}`);
  return { ok: true, data: undefined, redirectTo: `/atgardsplaner/${input.id}?notice=saved` };
});

export const approveActionPlanAction = defineAction(ZActionPlanRef, async ({ actor, input }) => {
  const { adopted } = await approveActionPlan(actor, input);
  revalidatePath(`/atgardsplaner/${input.id}`);
  return { ok: true, data: undefined, redirectTo: `/atgardsplaner/${input.id}?notice=${adopted ? "planAdopted" : "approved"}` };
});

export const publishActionPlanAction = defineAction(ZPublishActionPlan, async ({ actor, input }) => {
  await setActionPlanPublished(actor, input);
  revalidatePath(`/atgardsplaner/${input.id}`);
  await revalidatePublic({ actionPlanId: input.id });
  return { ok: true, data: undefined, redirectTo: `/atgardsplaner/${input.id}?notice=saved` };
});

export const createMeasureAction = defineAction(ZCreateMeasure, async ({ actor, input }) => {
  await createActivity(actor, input);
  revalidatePath(`/atgardsplaner/${input.actionPlanId}`);
  return { ok: true, data: undefined, redirectTo: `/atgardsplaner/${input.actionPlanId}?notice=saved#aktiviteter` };
});

export const updateMeasureAction = defineAction(ZUpdateMeasure, async ({ actor, input }) => {
  const { actionPlanId } = await updateActivity(actor, input);
  revalidatePath(`/atgardsplaner/${actionPlanId}`);
  return { ok: true, data: undefined, redirectTo: `/atgardsplaner/${actionPlanId}?notice=saved#aktiviteter` };
});

export const createDecisionAction = defineAction(ZCreateDecision, async ({ actor, input }) => {
  const { agreementId, actionPlanId } = await createDecision(actor, input);
  const page = actionPlanId ? `/atgardsplaner/${actionPlanId}` : `/avtal/${agreementId}`;
  revalidatePath(page);
  return { ok: true, data: undefined, redirectTo: `${page}?notice=saved#beslut` };
});

export const meetConditionAction = defineAction(ZMeetCondition, async ({ actor, input }) => {
  const { agreementId, actionPlanId } = await meetCondition(actor, input);
  const page = actionPlanId ? `/atgardsplaner/${actionPlanId}` : `/avtal/${agreementId}`;
  revalidatePath(page);
  return { ok: true, data: undefined, redirectTo: `${page}?notice=saved#beslut` };
});

export const updateCycleSettingsAction = defineAction(ZCycleSettings, async ({ actor, input }) => {
  const { slug } = await updateCycleSettings(actor, input);
  revalidatePath(`/arbetsgang/${slug}`);
  return { ok: true, data: undefined, redirectTo: `/arbetsgang/${slug}?notice=saved` };
});

export const createCommitmentAction = defineAction(ZCreateCommitment, async ({ actor, input }) => {
  await createCommitment(actor, input);
  revalidatePath(`/avtal/${input.agreementId}`);
  return { ok: true, data: undefined, redirectTo: `/avtal/${input.agreementId}?notice=saved#ataganden` };
});

export const updateCommitmentAction = defineAction(ZUpdateCommitment, async ({ actor, input }) => {
  const { agreementId } = await updateCommitment(actor, input);
  revalidatePath(`/avtal/${agreementId}`);
  return { ok: true, data: undefined, redirectTo: `/avtal/${agreementId}?notice=saved#ataganden` };
});

export const moveCommitmentAction = defineAction(ZMoveCommitment, async ({ actor, input }) => {
  const { agreementId } = await moveCommitment(actor, input);
  revalidatePath(`/avtal/${agreementId}`);
  return { ok: true, data: undefined };
});

export const deleteCommitmentAction = defineAction(ZDeleteCommitment, async ({ actor, input }) => {
  const { agreementId } = await deleteCommitment(actor, input);
  revalidatePath(`/avtal/${agreementId}`);
  return { ok: true, data: undefined, redirectTo: `/avtal/${agreementId}?notice=saved#ataganden` };
});
