import type { Metadata } from "next";
import { cache } from "react";
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
import { titleUnlessRefused } from "@/lib/pages/refused-title";

type Props = { searchParams: Promise<{ avtal?: string }> };

/** The agreement the plan is for, when the reader may write its cycle; read once for the tab title and the page. */
const writableAgreement = cache(async (id: string) => {
  const actor = await requireActor();
  const agreement = await findAgreementForActor(actor, id);
  return agreement && authorize(actor, "cycle.write", agreementCycleResource({ ...agreement, forums: [] })) ? agreement : null;
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  return titleUnlessRefused((await writableAgreement((await searchParams).avtal ?? "")) !== null, messages(locale).cycle.plans.new, locale);
}

export default async function NewActionPlanPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const agreement = await writableAgreement((await searchParams).avtal ?? "");
  if (!agreement) notFound();
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
