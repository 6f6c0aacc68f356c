import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { isEditable } from "@/lib/agreements/lifecycle";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { buildTree, flatten } from "@/lib/goals/tree";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { deleteGoalAction } from "../../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).goals.remove };
}

type Props = { params: Promise<{ id: string; goalId: string }> };

/** Removing a goal asks first, on a page of its own, so a slip of the keyboard removes nothing. */
export default async function RemoveGoalPage({ params }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, goalId } = await params;
  const agreement = await findAgreementForActor(actor, id);
  if (!agreement) notFound();
  const goal = flatten(buildTree(agreement.goals)).find((g) => g.id === goalId);
  const joint = { type: "joint" as const, municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId };
  if (!goal || !isEditable(agreement.status) || !authorize(actor, "agreement.update", joint)) notFound();
  const m = messages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, m.goals.removeTitle, { number: goal.number })}</h1>
      <p className="mt-4 max-w-2xl">{format(locale, m.goals.removeIntro, { title: `”${goal.title}”` })}</p>
      <ActionForm action={deleteGoalAction} id="remove-goal" className="mt-6 flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={goal.id} />
        <SubmitButton variant="danger">{m.goals.removeConfirm}</SubmitButton>
        <Link href={`/avtal/${agreement.id}#mal`}>{m.forms.cancel}</Link>
      </ActionForm>
    </>
  );
}
