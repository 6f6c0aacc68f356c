import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { parentOptions } from "@/components/agreements/goal-tree";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { isEditable } from "@/lib/agreements/lifecycle";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { buildTree, flatten } from "@/lib/goals/tree";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateGoalAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).goals.edit };
}

type Props = { params: Promise<{ id: string; goalId: string }> };

export default async function EditGoalPage({ params }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, goalId } = await params;
  const agreement = await findAgreementForActor(actor, id);
  if (!agreement) notFound();
  const flat = flatten(buildTree(agreement.goals));
  const goal = flat.find((g) => g.id === goalId);
  const joint = { type: "joint" as const, municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId };
  if (!goal || !isEditable(agreement.status) || !authorize(actor, "agreement.update", joint)) notFound();
  const m = messages(locale);
  const stored = agreement.goals.find((g) => g.id === goalId)!;
  return (
    <>
      <p className="text-sm">
        <Link href={`/avtal/${agreement.id}#mal`}>{m.agreements.backToAgreement}</Link>
      </p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{format(locale, m.goals.editTitle, { number: goal.number })}</h1>
      <ActionForm
        action={updateGoalAction}
        id="edit-goal"
        labels={{ title: m.goals.fields.title, description: m.goals.fields.description, parentId: m.goals.fields.parent }}
        className="max-w-2xl space-y-4"
      >
        <input type="hidden" name="id" value={goal.id} />
        <input type="hidden" name="version" value={stored.version} />
        <TextField name="title" label={m.goals.fields.title} defaultValue={goal.title} />
        <TextAreaField name="description" label={m.goals.fields.description} optional defaultValue={goal.description} rows={4} />
        <SelectField name="parentId" label={m.goals.fields.parent} defaultValue={goal.parentId} options={parentOptions(flat, locale, goal.id)} />
        <SubmitButton>{m.forms.save}</SubmitButton>
      </ActionForm>
    </>
  );
}
