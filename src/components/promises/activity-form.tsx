import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, PersonalDataConfirmation, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface ActivityFormValues {
  id?: string;
  version?: number;
  title?: string;
  scope?: string;
  timing?: string;
  responsible?: string;
  followUp?: string;
  evaluation?: string;
  status?: string;
  goalId?: string | null;
  targetValue?: number | null;
  targetUnit?: string | null;
  responsibleOrgIds?: string[];
}

interface Props {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  promiseId?: string;
  values?: ActivityFormValues;
  goals: { id: string; label: string }[];
  organisations: { id: string; name: string }[];
  submitLabel: string;
  formId: string;
}

/** One row of the activity plan: the documents' six columns, status, goal and target. */
export function ActivityForm({ action, promiseId, values = {}, goals, organisations, submitLabel, formId }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const c = m.activity.columns;
  const f = m.activities.fields;
  const labels = { ...c, goalId: f.goal, targetValue: f.targetValue, targetUnit: f.targetUnit, responsibleOrgIds: f.responsibleOrgs, confirmNoPersonalData: m.promises.fields.confirmNoPersonalData };
  return (
    <ActionForm action={action} labels={labels} id={formId} className="space-y-4">
      {promiseId && <input type="hidden" name="promiseId" value={promiseId} />}
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <TextAreaField name="title" label={c.title} defaultValue={values.title} rows={2} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextAreaField name="scope" label={c.scope} defaultValue={values.scope} rows={3} />
        <TextAreaField name="timing" label={c.timing} defaultValue={values.timing} rows={3} />
        <TextAreaField name="responsible" label={c.responsible} defaultValue={values.responsible} rows={3} />
        <TextAreaField name="followUp" label={c.followUp} defaultValue={values.followUp} rows={3} />
        <TextAreaField name="evaluation" label={c.evaluation} defaultValue={values.evaluation} rows={2} />
        <SelectField
          name="status"
          label={c.status}
          defaultValue={values.status ?? "PLANNED"}
          options={(["PLANNED", "ONGOING", "DONE", "DEVIATING", "CANCELLED"] as const).map((s) => ({ value: s, label: m.activity.statusLabel[s] }))}
        />
        <TextField name="targetValue" type="wholeNumber" label={f.targetValue} hint={f.targetValueHint} optional defaultValue={values.targetValue} />
        <TextField name="targetUnit" label={f.targetUnit} hint={f.targetUnitHint} optional defaultValue={values.targetUnit} />
      </div>
      <SelectField name="goalId" label={f.goal} optional defaultValue={values.goalId} options={[{ value: "", label: f.goalNone }, ...goals.map((g) => ({ value: g.id, label: g.label }))]} />
      <CheckboxGroup name="responsibleOrgIds" legend={f.responsibleOrgs} options={organisations.map((o) => ({ value: o.id, label: o.name }))} defaultValues={values.responsibleOrgIds} />
      <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
