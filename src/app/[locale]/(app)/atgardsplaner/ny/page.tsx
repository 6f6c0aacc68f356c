import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { analysisChoices } from "@/lib/analyses/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDate, toDateInput } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { createActionPlanAction } from "../../arbetsgang/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.plans.new };
}

export default async function NewActionPlanPage({ searchParams }: { searchParams: Promise<{ avtal?: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const agreement = await findAgreementForActor(actor, (await searchParams).avtal ?? "");
  if (!agreement || !authorize(actor, "cycle.write", agreementCycleResource({ ...agreement, forums: [] }))) notFound();
  const m = messages(locale);
  const f = m.cycle.plans.fields;
  const analyses = await analysisChoices(actor, agreement.municipalityId);
  return (
    <>
      <p className="text-sm"><Link href={`/avtal/${agreement.id}#atgardsplaner`}>{agreement.title}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{m.cycle.plans.new}</h1>
      <ActionForm action={createActionPlanAction} id="new-action-plan" labels={f} className="max-w-2xl space-y-4">
        <input type="hidden" name="agreementId" value={agreement.id} />
        <TextField name="title" label={f.title} defaultValue={format(locale, m.documents.actionPlanTitle, { municipality: agreement.municipality.name })} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="periodStart" type="date" label={f.periodStart} defaultValue={toDateInput(agreement.periodStart)} />
          <TextField name="periodEnd" type="date" label={f.periodEnd} defaultValue={toDateInput(agreement.periodEnd)} />
        </div>
        <SelectField
          name="analysisId"
          label={f.analysisId}
          optional
          defaultValue={analyses[0]?.id}
          options={[{ value: "", label: f.analysisNone }, ...analyses.map((a) => ({ value: a.id, label: `${a.title} (${formatDate(a.asOf, locale)})` }))]}
        />
        <SubmitButton>{m.cycle.plans.new}</SubmitButton>
      </ActionForm>
    </>
  );
}
