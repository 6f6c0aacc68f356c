import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { PersonalDataConfirmation, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { toDateInput } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface AnalysisValues {
  id?: string;
  version?: number;
  municipalityId?: string;
  title?: string;
  asOf?: Date;
  crimeSurvey?: string;
  otherInformation?: string;
  analysis?: string;
  sourcesUsed?: string;
  sourcesLeftOut?: string;
  limitations?: string;
  participants?: string;
  presentedOn?: Date | null;
  presentedTo?: string | null;
  situationalPictureId?: string | null;
}

/** The lägesbild as Brå's guidance asks for it: survey, other information, analysis, sources, limitations, participants, presentation. */
export function AnalysisForm({
  action,
  values = {},
  municipalities,
  pictures,
  submitLabel,
  formId,
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  values?: AnalysisValues;
  /** For a new lägesbild: the municipalities the actor may choose. */
  municipalities?: { id: string; name: string }[];
  pictures: { id: string; label: string }[];
  submitLabel: string;
  formId: string;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.cycle.analyses.fields;
  return (
    <ActionForm action={action} labels={f} id={formId} className="max-w-3xl space-y-4">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      {municipalities &&
        (municipalities.length === 1 ? (
          <input type="hidden" name="municipalityId" value={municipalities[0]!.id} />
        ) : (
          <SelectField name="municipalityId" label={f.municipalityId} options={municipalities.map((x) => ({ value: x.id, label: x.name }))} />
        ))}
      <TextField name="title" label={f.title} defaultValue={values.title} />
      <TextField name="asOf" type="date" label={f.asOf} defaultValue={toDateInput(values.asOf)} />
      <TextAreaField name="crimeSurvey" label={f.crimeSurvey} hint={f.crimeSurveyHint} optional defaultValue={values.crimeSurvey} rows={6} />
      <TextAreaField name="otherInformation" label={f.otherInformation} hint={f.otherInformationHint} optional defaultValue={values.otherInformation} rows={4} />
      <TextAreaField name="analysis" label={f.analysis} optional defaultValue={values.analysis} rows={6} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextAreaField name="sourcesUsed" label={f.sourcesUsed} optional defaultValue={values.sourcesUsed} rows={3} />
        <TextAreaField name="sourcesLeftOut" label={f.sourcesLeftOut} optional defaultValue={values.sourcesLeftOut} rows={3} />
        <TextAreaField name="limitations" label={f.limitations} optional defaultValue={values.limitations} rows={3} />
        <TextAreaField name="participants" label={f.participants} hint={f.participantsHint} optional defaultValue={values.participants} rows={3} />
        <TextField name="presentedOn" type="date" label={f.presentedOn} optional defaultValue={toDateInput(values.presentedOn)} />
        <TextField name="presentedTo" label={f.presentedTo} optional defaultValue={values.presentedTo} />
      </div>
      <SelectField
        name="situationalPictureId"
        label={f.situationalPictureId}
        optional
        defaultValue={values.situationalPictureId}
        options={[{ value: "", label: f.situationalPictureNone }, ...pictures.map((p) => ({ value: p.id, label: p.label }))]}
      />
      <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
