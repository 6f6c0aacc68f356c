import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { PersonalDataConfirmation, SelectField, TextAreaField, TextField, type SelectOption, type SelectOptionGroup } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import { choiceOfPeriod, followUpYears, type PeriodChoice } from "@/lib/activities/period-choice";
import { formatMonthName } from "@/lib/format/dates";
import { format, messages, type Locale } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface FollowUpValues {
  id?: string;
  version?: number;
  periodType?: ReportingPeriod;
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
  span,
  values = {},
  submitLabel,
  withRating = false,
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  activity: { id: string; targetUnit: string | null };
  /** When the promise or plan runs: the years offered start and end there. */
  span: { periodStart: Date; periodEnd: Date };
  values?: FollowUpValues;
  submitLabel: string;
  /** An action plan's measure is followed up with a traffic light too (Brå's green/yellow/red). */
  withRating?: boolean;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.activities.fields;
  const figures = [...(values.figures ?? []), ...Array.from({ length: EXTRA }, () => ({ label: "", value: "" as unknown as number }))];
  const recorded = values.periodType && values.periodStart ? choiceOfPeriod(values.periodType, values.periodStart) : null;
  const years = followUpYears(span, new Date(), recorded?.year);
  const achievedLabel = activity.targetUnit ? format(locale, f.achievedOf, { unit: activity.targetUnit }) : f.achieved;
  const labels: Record<string, string> = { period: f.period, periodYear: f.periodYear, done: f.done, comment: f.comment, status: m.activity.columns.status, achieved: achievedLabel, rating: m.cycle.measures.columns.rating };
  figures.forEach((_, i) => {
    labels[`figures.${i}.label`] = `${format(locale, f.figure, { n: i + 1 })}, ${f.figureLabel}`;
    labels[`figures.${i}.value`] = `${format(locale, f.figure, { n: i + 1 })}, ${f.figureValue}`;
  });
  return (
    <ActionForm action={action} labels={labels} id="follow-up-form" className="max-w-3xl space-y-4">
      {!values.id && <input type="hidden" name="activityId" value={activity.id} />}
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      {/* The period's hint sits above its list: the year's list stays level with it. */}
      <div className="grid items-end gap-4 md:grid-cols-3">
        <SelectField name="period" label={f.period} hint={f.periodHint} defaultValue={recorded?.period ?? ""} options={periodOptions(locale)} className="md:col-span-2" />
        <SelectField
          name="periodYear"
          label={f.periodYear}
          defaultValue={String(recorded?.year ?? years[0])}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="status"
          label={m.activity.columns.status}
          defaultValue={values.status ?? "ONGOING"}
          options={(["PLANNED", "ONGOING", "DONE", "DEVIATING", "CANCELLED"] as const).map((s) => ({ value: s, label: m.activity.statusLabel[s] }))}
        />
        {withRating && (
          <SelectField
            name="rating"
            label={m.cycle.measures.columns.rating}
            hint={m.cycle.measures.ratingHint}
            defaultValue={values.rating ?? ""}
            options={[{ value: "", label: m.cycle.measures.ratingNone }, ...(["GREEN", "YELLOW", "RED"] as const).map((r) => ({ value: r, label: m.cycle.measures.rating[r] }))]}
          />
        )}
      </div>
      <TextField name="achieved" type="wholeNumber" label={achievedLabel} hint={f.achievedHint} optional defaultValue={values.achieved} />
      <TextAreaField name="done" label={f.done} defaultValue={values.done} rows={3} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">{f.figures}</legend>
        <p className="text-sm text-muted">{m.forms.addRowHint}</p>
        {figures.map((fig, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-2">
            <legend className="px-1 text-sm font-semibold">{format(locale, f.figure, { n: i + 1 })}</legend>
            <TextField name={`figures.${i}.label`} label={f.figureLabel} defaultValue={fig.label} />
            <TextField name={`figures.${i}.value`} type="wholeNumber" label={f.figureValue} defaultValue={fig.value} />
          </fieldset>
        ))}
      </fieldset>
      <TextAreaField name="comment" label={f.comment} optional defaultValue={values.comment} rows={3} />
      <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}

/**
 * The periods of a year as officials name them, grouped: the tertials first (the usual
 * reports), then the interim report and the year, the half-years, and the months.
 */
function periodOptions(locale: Locale): (SelectOption | SelectOptionGroup)[] {
  const m = messages(locale).activities;
  const named = (choices: PeriodChoice[]) => choices.map((c) => ({ value: c, label: m.periodChoice[c as keyof typeof m.periodChoice] }));
  const months = Array.from({ length: 12 }, (_, i) => {
    const name = formatMonthName(new Date(Date.UTC(2000, i, 1)), locale);
    return { value: `M${String(i + 1).padStart(2, "0")}`, label: name.charAt(0).toUpperCase() + name.slice(1) };
  });
  return [
    { value: "", label: m.fields.periodChoose },
    { group: m.periodType.TERTIAL, options: named(["T1", "T2", "T3"]) },
    { group: m.interimAndYear, options: named(["INTERIM", "YEAR"]) },
    { group: m.periodType.HALF_YEAR, options: named(["H1", "H2"]) },
    { group: m.periodType.MONTH, options: months },
  ];
}
