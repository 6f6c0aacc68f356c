import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { messages } from "@/lib/i18n";

interface Props {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  formId: string;
  submitLabel: string;
  municipalities?: { id: string; name: string }[];
  parents: { id: string; name: string }[];
  values?: { id: string; version: number; name: string; level: string; purpose: string; cadence: string; parentId: string | null; reportsToText: string | null };
}

/** A forum's name, level, purpose, cadence and place in the collaboration model. */
export function ForumSettingsForm({ action, formId, submitLabel, municipalities, parents, values }: Props) {
  const m = messages();
  const f = m.forums;
  return (
    <ActionForm
      action={action}
      id={formId}
      labels={{ name: f.fields.name, level: f.fieldLevel, purpose: f.purpose, cadence: f.cadence, parentId: f.fieldParent, reportsToText: f.fieldReportsToText, municipalityId: f.fieldMunicipality }}
      className="grid gap-4 md:grid-cols-2"
    >
      {values && <input type="hidden" name="id" value={values.id} />}
      {values && <input type="hidden" name="version" value={values.version} />}
      <TextField name="name" label={f.fields.name} defaultValue={values?.name} />
      {municipalities && <SelectField name="municipalityId" label={f.fieldMunicipality} options={municipalities.map((x) => ({ value: x.id, label: x.name }))} />}
      <SelectField name="level" label={f.fieldLevel} defaultValue={values?.level ?? "OPERATIVE"} options={(["STRATEGIC", "TACTICAL", "OPERATIVE"] as const).map((l) => ({ value: l, label: f.level[l] }))} />
      <TextField name="cadence" label={f.cadence} optional defaultValue={values?.cadence} />
      <SelectField name="parentId" label={f.fieldParent} defaultValue={values?.parentId} options={[{ value: "", label: f.fieldParentNone }, ...parents.map((p) => ({ value: p.id, label: p.name }))]} />
      <TextField name="reportsToText" label={f.fieldReportsToText} optional defaultValue={values?.reportsToText} />
      <TextAreaField name="purpose" label={f.purpose} defaultValue={values?.purpose} rows={3} className="md:col-span-2" />
      <div>
        <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
