import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, PersonalDataConfirmation, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { toDateInput } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface MeasureValues {
  id?: string;
  version?: number;
  goalId?: string | null;
  cause?: string | null;
  title?: string;
  operationalGoal?: string | null;
  targetValue?: number | null;
  targetUnit?: string | null;
  indicatorId?: string | null;
  indicatorTarget?: number | null;
  timing?: string;
  dueOn?: Date | null;
  responsible?: string;
  municipalityContribution?: string | null;
  policeContribution?: string | null;
  followUp?: string;
  effortKind?: string | null;
  status?: string;
  responsibleOrgIds?: string[];
}

/**
 * One measure of an action plan with Brå's columns: cause, measure, operational goal
 * (measurable), when, who and each party's contribution, follow-up method, and whether it is
 * a one-off effort or ordinary work. The same Activity row as a promise's activity.
 */
export function MeasureForm({
  action,
  actionPlanId,
  values = {},
  goals,
  indicators,
  organisations,
  submitLabel,
  formId,
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  actionPlanId?: string;
  values?: MeasureValues;
  goals: { id: string; label: string }[];
  indicators: { id: string; label: string }[];
  organisations: { id: string; name: string }[];
  submitLabel: string;
  formId: string;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const c = m.cycle.measures.columns;
  const f = m.activities.fields;
  const labels = { ...c, goalId: c.goal, indicatorId: c.indicator, targetValue: f.targetValue, targetUnit: f.targetUnit, responsibleOrgIds: f.responsibleOrgs, status: m.activity.columns.status };
  return (
    <ActionForm action={action} labels={labels} id={formId} className="space-y-4">
      {actionPlanId && <input type="hidden" name="actionPlanId" value={actionPlanId} />}
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <SelectField name="goalId" label={c.goal} defaultValue={values.goalId} options={[{ value: "", label: "–" }, ...goals.map((g) => ({ value: g.id, label: g.label }))]} />
      <TextAreaField name="cause" label={c.cause} optional defaultValue={values.cause} rows={2} />
      <TextAreaField name="title" label={c.title} defaultValue={values.title} rows={2} />
      <TextAreaField name="operationalGoal" label={c.operationalGoal} optional defaultValue={values.operationalGoal} rows={2} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="targetValue" type="wholeNumber" label={f.targetValue} hint={f.targetValueHint} optional defaultValue={values.targetValue} />
        <TextField name="targetUnit" label={f.targetUnit} hint={f.targetUnitHint} optional defaultValue={values.targetUnit} />
        <SelectField
          name="indicatorId"
          label={c.indicator}
          optional
          defaultValue={values.indicatorId}
          options={[{ value: "", label: m.cycle.measures.indicatorNone }, ...indicators.map((i) => ({ value: i.id, label: i.label }))]}
        />
        <TextField name="indicatorTarget" type="decimal" label={c.indicatorTarget} optional defaultValue={values.indicatorTarget === null || values.indicatorTarget === undefined ? "" : String(values.indicatorTarget).replace(".", ",")} />
        <TextAreaField name="timing" label={c.timing} optional defaultValue={values.timing} rows={2} />
        <TextField name="dueOn" type="date" label={c.dueOn} optional defaultValue={toDateInput(values.dueOn)} />
        <TextAreaField name="responsible" label={c.responsible} optional defaultValue={values.responsible} rows={2} />
        <TextAreaField name="followUp" label={c.followUp} optional defaultValue={values.followUp} rows={2} />
        <TextAreaField name="municipalityContribution" label={c.municipalityContribution} optional defaultValue={values.municipalityContribution} rows={2} />
        <TextAreaField name="policeContribution" label={c.policeContribution} optional defaultValue={values.policeContribution} rows={2} />
        <SelectField
          name="effortKind"
          label={c.effortKind}
          optional
          defaultValue={values.effortKind}
          options={[{ value: "", label: m.cycle.measures.effortKindNone }, ...(["ONE_OFF", "ORDINARY"] as const).map((k) => ({ value: k, label: m.cycle.measures.effortKind[k] }))]}
        />
        <SelectField
          name="status"
          label={m.activity.columns.status}
          defaultValue={values.status ?? "PLANNED"}
          options={(["PLANNED", "ONGOING", "DONE", "DEVIATING", "CANCELLED"] as const).map((s) => ({ value: s, label: m.activity.statusLabel[s] }))}
        />
      </div>
      <CheckboxGroup name="responsibleOrgIds" legend={f.responsibleOrgs} options={organisations.map((o) => ({ value: o.id, label: o.name }))} defaultValues={values.responsibleOrgIds} />
      <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
