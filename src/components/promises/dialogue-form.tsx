import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, PersonalDataConfirmation, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { toSwedishLocalInput } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface DialogueValues {
  id?: string;
  version?: number;
  title?: string;
  startsAt?: Date;
  place?: string;
  format?: string;
  participantCount?: number | null;
  themes?: string;
  announced?: boolean;
}

export function DialogueForm({
  action,
  municipalities,
  values = {},
  submitLabel,
  list = {},
}: {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  municipalities?: { id: string; name: string }[];
  values?: DialogueValues;
  submitLabel: string;
  /** The filter of the list the form is under (filterParams), which saving returns to. */
  list?: Record<string, string | undefined>;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.dialogues.fields;
  return (
    <ActionForm action={action} labels={{ ...f, municipalityId: f.municipality }} id="dialogue-form" className="max-w-3xl space-y-4">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      {Object.entries(list).map(([key, value]) => value ? <input key={key} type="hidden" name={`list.${key}`} value={value} /> : null)}
      <TextField name="title" label={f.title} defaultValue={values.title} />
      {municipalities && <SelectField name="municipalityId" label={f.municipality} options={municipalities.map((x) => ({ value: x.id, label: x.name }))} />}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={f.startsAt} defaultValue={toSwedishLocalInput(values.startsAt)} />
        <TextField name="participantCount" type="wholeNumber" label={f.participantCount} optional defaultValue={values.participantCount} />
        <TextField name="place" label={f.place} optional defaultValue={values.place} />
        <TextField name="format" label={f.format} optional defaultValue={values.format} />
      </div>
      <TextAreaField name="themes" label={f.themes} optional defaultValue={values.themes} rows={4} />
      <CheckboxField name="announced" label={f.announced} defaultChecked={values.announced} />
      <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
