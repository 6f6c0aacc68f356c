"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { approveAgreement, createAgreement, transitionAgreement, updateAgreement } from "@/lib/agreements/mutations";
import { ZAgreementRef, ZCreateAgreement, ZTransitionAgreement, ZUpdateAgreement } from "@/lib/agreements/schemas";
import { createGoal, deleteGoal, moveGoal, updateGoal } from "@/lib/goals/mutations";
import { ZCreateGoal, ZDeleteGoal, ZMoveGoal, ZUpdateGoal } from "@/lib/goals/schemas";
import { revalidatePublic } from "@/lib/public/revalidate";

async function refresh(agreementId: string) {
  revalidatePath(`/avtal/${agreementId}`);
  await revalidatePublic({ agreementId });
}

export const createAgreementAction = defineAction(ZCreateAgreement, async ({ actor, input }) => {
  const agreement = await createAgreement(actor, input);
  await refresh(agreement.id);
  return { ok: true, data: undefined, redirectTo: `/avtal/${agreement.id}?notice=created` };
});

export const updateAgreementAction = defineAction(ZUpdateAgreement, async ({ actor, input }) => {
  await updateAgreement(actor, input);
  await refresh(input.id);
  return { ok: true, data: undefined, redirectTo: `/avtal/${input.id}?notice=saved` };
});

export const approveAgreementAction = defineAction(ZAgreementRef, async ({ actor, input }) => {
  const { adopted } = await approveAgreement(actor, input);
  await refresh(input.id);
  return { ok: true, data: undefined, redirectTo: `/avtal/${input.id}?notice=${adopted ? "adopted" : "approved"}` };
});

export const transitionAgreementAction = defineAction(ZTransitionAgreement, async ({ actor, input }) => {
  await transitionAgreement(actor, input);
  await refresh(input.id);
  return { ok: true, data: undefined };
});

export const createGoalAction = defineAction(ZCreateGoal, async ({ actor, input }) => {
  await createGoal(actor, input);
  await refresh(input.agreementId);
  return { ok: true, data: undefined, redirectTo: `/avtal/${input.agreementId}#mal` };
});

export const updateGoalAction = defineAction(ZUpdateGoal, async ({ actor, input }) => {
  const { agreementId } = await updateGoal(actor, input);
  await refresh(agreementId);
  return { ok: true, data: undefined, redirectTo: `/avtal/${agreementId}#mal` };
});

export const moveGoalAction = defineAction(ZMoveGoal, async ({ actor, input }) => {
  const { agreementId } = await moveGoal(actor, input);
  await refresh(agreementId);
  return { ok: true, data: undefined };
});

export const deleteGoalAction = defineAction(ZDeleteGoal, async ({ actor, input }) => {
  const { agreementId } = await deleteGoal(actor, input);
  await refresh(agreementId);
  return { ok: true, data: undefined, redirectTo: `/avtal/${agreementId}#mal` };
});
