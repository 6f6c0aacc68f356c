"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createActivity, deleteActivity, moveActivity, recordFollowUp, updateActivity, updateFollowUp } from "@/lib/activities/mutations";
import { ZCreateActivity, ZCreateFollowUp, ZDeleteActivity, ZMoveActivity, ZUpdateActivity, ZUpdateFollowUp } from "@/lib/activities/schemas";
import { approvePromise, createPromise, transitionPromise, updatePromise } from "@/lib/promises/mutations";
import { ZCreatePromise, ZPromiseRef, ZTransitionPromise, ZUpdatePromise } from "@/lib/promises/schemas";
import { revalidatePublic } from "@/lib/public/revalidate";

function refresh(promiseId: string) {
  revalidatePath(`/loften/${promiseId}`);
}

export const createPromiseAction = defineAction(ZCreatePromise, async ({ actor, input }) => {
  const promise = await createPromise(actor, input);
  return { ok: true, data: undefined, redirectTo: `/loften/${promise.id}?notice=promiseCreated` };
});

export const updatePromiseAction = defineAction(ZUpdatePromise, async ({ actor, input }) => {
  await updatePromise(actor, input);
  refresh(input.id);
  return { ok: true, data: undefined, redirectTo: `/loften/${input.id}?notice=saved` };
});

export const approvePromiseAction = defineAction(ZPromiseRef, async ({ actor, input }) => {
  const result = await approvePromise(actor, input);
  refresh(input.id);
  if (result.published) await revalidatePublic({ promiseId: input.id });
  return { ok: true, data: undefined, redirectTo: `/loften/${input.id}?notice=${result.published ? "published" : "approved"}` };
});

export const transitionPromiseAction = defineAction(ZTransitionPromise, async ({ actor, input }) => {
  await transitionPromise(actor, input);
  refresh(input.id);
  // Completing a published promise changes its public status.
  await revalidatePublic({ promiseId: input.id });
  return { ok: true, data: undefined };
});

export const createActivityAction = defineAction(ZCreateActivity, async ({ actor, input }) => {
  await createActivity(actor, input);
  refresh(input.promiseId);
  return { ok: true, data: undefined, redirectTo: `/loften/${input.promiseId}?notice=activityAdded#aktiviteter` };
});

/**
 * Activity rows are one model for promises and action plans (src/lib/activities): an id
 * names a row of either, so the way back is to whichever owns it.
 */
function ownerPage(owner: { promiseId: string | null; actionPlanId: string | null }) {
  if (owner.actionPlanId) {
    revalidatePath(`/atgardsplaner/${owner.actionPlanId}`);
    return `/atgardsplaner/${owner.actionPlanId}`;
  }
  refresh(owner.promiseId!);
  return `/loften/${owner.promiseId}`;
}

export const updateActivityAction = defineAction(ZUpdateActivity, async ({ actor, input }) => {
  const page = ownerPage(await updateActivity(actor, input));
  return { ok: true, data: undefined, redirectTo: `${page}#aktiviteter` };
});

export const moveActivityAction = defineAction(ZMoveActivity, async ({ actor, input }) => {
  ownerPage(await moveActivity(actor, input));
  return { ok: true, data: undefined };
});

export const deleteActivityAction = defineAction(ZDeleteActivity, async ({ actor, input }) => {
  const page = ownerPage(await deleteActivity(actor, input));
  return { ok: true, data: undefined, redirectTo: `${page}#aktiviteter` };
});

export const recordFollowUpAction = defineAction(ZCreateFollowUp, async ({ actor, input }) => {
  const owner = await recordFollowUp(actor, input);
  const page = ownerPage(owner);
  await revalidatePublic({ activityId: input.activityId });
  const back = owner.actionPlanId ? `${page}/atgarder/${input.activityId}/uppfoljning` : `${page}/aktiviteter/${input.activityId}/uppfoljning`;
  return { ok: true, data: undefined, redirectTo: `${back}?notice=saved` };
});

export const updateFollowUpAction = defineAction(ZUpdateFollowUp, async ({ actor, input }) => {
  const owner = await updateFollowUp(actor, input);
  const page = ownerPage(owner);
  await revalidatePublic(owner.promiseId ? { promiseId: owner.promiseId } : { actionPlanId: owner.actionPlanId! });
  return { ok: true, data: undefined, redirectTo: `${page}?notice=saved#aktiviteter` };
});
