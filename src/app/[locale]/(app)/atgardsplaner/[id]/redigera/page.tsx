import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { isEditable } from "@/lib/action-plans/lifecycle";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { findActionPlanForActor } from "@/lib/action-plans/queries";
import { analysisChoices } from "@/lib/analyses/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDate, toDateInput } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateActionPlanAction } from "../../../arbetsgang/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.plans.edit };
}

export default async function EditActionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const plan = await findActionPlanForActor(actor, (await params).id);
  if (!plan || !isEditable(plan.status) || !authorize(actor, "cycle.write", agreementCycleResource(plan.agreement))) notFound();
  const m = messages(locale);
  const f = m.cycle.plans.fields;
  const analyses = await analysisChoices(actor, plan.agreement.municipalityId);
  return (
    <>
      <p className="text-sm"><Link href={`/atgardsplaner/${plan.id}`}>{m.cycle.plans.backToPlan}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{m.cycle.plans.edit}</h1>
      <ActionForm action={updateActionPlanAction} id="edit-action-plan" labels={f} className="max-w-2xl space-y-4">
        <input type="hidden" name="id" value={plan.id} />
        <input type="hidden" name="version" value={plan.version} />
        <TextField name="title" label={f.title} defaultValue={plan.title} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="periodStart" type="date" label={f.periodStart} defaultValue={toDateInput(plan.periodStart)} />
          <TextField name="periodEnd" type="date" label={f.periodEnd} defaultValue={toDateInput(plan.periodEnd)} />
        </div>
        <SelectField
          name="analysisId"
          label={f.analysisId}
          optional
          defaultValue={plan.analysisId}
          options={[{ value: "", label: f.analysisNone }, ...analyses.map((a) => ({ value: a.id, label: `${a.title} (${formatDate(a.asOf, locale)})` }))]}
        />
        <SubmitButton>{m.forms.save}</SubmitButton>
      </ActionForm>
    </>
  );
}
