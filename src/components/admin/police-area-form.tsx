import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { format, messages, type Locale } from "@/lib/i18n";

export interface PoliceAreaValues {
  id: string;
  version: number;
  name: string;
  slug: string;
  municipalityIds: string[];
}

/** A police area and the municipalities it covers; each municipality shows the area it belongs to now. */
export function PoliceAreaForm({
  id,
  action,
  values,
  municipalities,
  submitLabel,
  locale,
}: {
  id: string;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  values?: PoliceAreaValues;
  municipalities: { id: string; name: string; policeAreas: { policeArea: { id: string; name: string } }[] }[];
  submitLabel: string;
  locale: Locale;
}) {
  const m = messages(locale).admin.policeAreas;
  const f = m.fields;
  const options = municipalities.map((x) => {
    const other = x.policeAreas.find((p) => p.policeArea.id !== values?.id)?.policeArea;
    return { value: x.id, label: other ? format(locale, m.coveredBy, { name: x.name, area: other.name }) : x.name };
  });
  return (
    <ActionForm id={id} action={action} labels={f} className="max-w-3xl space-y-4">
      {values && <input type="hidden" name="id" value={values.id} />}
      {values && <input type="hidden" name="version" value={values.version} />}
      <TextField name="name" label={f.name} hint={m.hints.name} defaultValue={values?.name} />
      <TextField name="slug" label={f.slug} hint={m.hints.slug} defaultValue={values?.slug} />
      <p id={`${id}-municipalities-hint`} className="text-sm text-muted">
        {m.hints.municipalityIds}
      </p>
      <CheckboxGroup name="municipalityIds" legend={f.municipalityIds} options={options} defaultValues={values?.municipalityIds ?? []} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
