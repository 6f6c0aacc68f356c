import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { toDateInput } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface FollowUpValues {
  id?: string;
  version?: number;
  periodType?: string;
  periodStart?: Date;
  done?: string;
  comment?: string;
  status?: string;
  achieved?: number | null;
  figures?: { label: string; value: number }[];
  rating?: string | null;
}

const EXTRA = 2;

/** What was done in a period, counted: no names, only numbers and descriptions. */
export function FollowUpForm({
  action,
  activity,
  values = {},
  submitLabel,
  withRating = false,
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  activity: { id: string; targetUnit: string | null };
  values?: FollowUpValues;
  submitLabel: string;
  /** An action plan's measure is followed up with a traffic light too (Brå's green/yellow/red). */
  withRating?: boolean;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.activities.fields;
  const figures = [...(values.figures ?? []), ...Array.from({ length: EXTRA }, () => ({ label: "", value: "" as unknown as number }))];
  const labels: Record<string, string> = { periodType: f.periodType, periodStart: f.periodStart, done: f.done, comment: f.comment, status: m.activity.columns.status, achieved: f.achieved, rating: m.cycle.measures.columns.rating };
  figures.forEach((_, i) => {
    labels[`figures.${i}.label`] = `${format(locale, f.figure, { n: i + 1 })}, ${f.figureLabel}`;
    labels[`figures.${i}.value`] = `${format(locale, f.figure, { n: i + 1 })}, ${f.figureValue}`;
  });
  return (
    <ActionForm action={action} labels={labels} id="follow-up-form" className="max-w-3xl space-y-4">
      {!values.id && <input type="hidden" name="activityId" value={activity.id} />}
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          name="periodType"
          label={f.periodType}
          defaultValue={values.periodType ?? "TERTIAL"}
          options={(["MONTH", "TERTIAL", "HALF_YEAR", "YEAR", "INTERIM"] as const).map((p) => ({ value: p, label: m.activities.periodType[p] }))}
        />
        <TextField name="periodStart" type="date" label={f.periodStart} hint={f.periodStartHint} defaultValue={toDateInput(values.periodStart)} />
        <SelectField
          name="status"
          label={m.activity.columns.status}
          defaultValue={values.status ?? "ONGOING"}
          options={(["PLANNED", "ONGOING", "DONE", "DEVIATING", "CANCELLED"] as const).map((s) => ({ value: s, label: m.activity.statusLabel[s] }))}
        />
      </div>
      {withRating && (
        <SelectField
          name="rating"
          label={m.cycle.measures.columns.rating}
          hint={m.cycle.measures.ratingHint}
          defaultValue={values.rating ?? ""}
          options={[{ value: "", label: m.cycle.measures.ratingNone }, ...(["GREEN", "YELLOW", "RED"] as const).map((r) => ({ value: r, label: m.cycle.measures.rating[r] }))]}
        />
      )}
      <TextField name="achieved" type="number" label={activity.targetUnit ? `${f.achieved} (${activity.targetUnit})` : f.achieved} hint={f.achievedHint} optional defaultValue={values.achieved} />
      <TextAreaField name="done" label={f.done} defaultValue={values.done} rows={3} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">{f.figures}</legend>
        <p className="text-sm text-muted">{m.forms.addRowHint}</p>
        {figures.map((fig, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-2">
            <legend className="px-1 text-sm font-semibold">{format(locale, f.figure, { n: i + 1 })}</legend>
            <TextField name={`figures.${i}.label`} label={f.figureLabel} defaultValue={fig.label} />
            <TextField name={`figures.${i}.value`} type="number" label={f.figureValue} defaultValue={fig.value} />
          </fieldset>
        ))}
      </fieldset>
      <TextAreaField name="comment" label={f.comment} optional defaultValue={values.comment} rows={3} />
      <CheckboxField name="confirmNoPersonalData" label={m.promises.fields.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
