import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { messages, type Locale } from "@/lib/i18n";
import { ORGANISATION_KINDS } from "@/lib/organisations/schemas";

/** A new organisation, with where it belongs: a municipality, or for a police unit a police area. */
export function NewOrganisationForm({
  id,
  action,
  municipalities,
  policeAreas,
  preset,
  locale,
}: {
  id: string;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  municipalities: { id: string; name: string }[];
  policeAreas: { id: string; name: string }[];
  preset?: { municipalityId?: string; policeAreaId?: string };
  locale: Locale;
}) {
  const all = messages(locale);
  const m = all.admin.organisations;
  const f = m.fields;
  const none = { value: "", label: "–" };
  return (
    <ActionForm id={id} action={action} labels={f} className="max-w-3xl space-y-4">
      <SelectField
        name="kind"
        label={f.kind}
        hint={m.hints.kind}
        defaultValue={preset?.policeAreaId ? "POLICE_AREA" : "MUNICIPAL_DEPARTMENT"}
        options={ORGANISATION_KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
      />
      <TextField name="name" label={f.name} />
      <TextField name="shortName" label={f.shortName} optional />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="municipalityId"
          label={f.municipalityId}
          hint={m.hints.municipalityId}
          defaultValue={preset?.municipalityId}
          options={[none, ...municipalities.map((x) => ({ value: x.id, label: x.name }))]}
        />
        <SelectField
          name="policeAreaId"
          label={f.policeAreaId}
          hint={m.hints.policeAreaId}
          defaultValue={preset?.policeAreaId}
          options={[none, ...policeAreas.map((x) => ({ value: x.id, label: x.name }))]}
        />
      </div>
      <SubmitButton>{all.forms.save}</SubmitButton>
    </ActionForm>
  );
}

/** An organisation's name; where it belongs is fixed. */
export function EditOrganisationForm({
  id,
  action,
  values,
  locale,
}: {
  id: string;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  values: { id: string; version: number; name: string; shortName: string | null };
  locale: Locale;
}) {
  const all = messages(locale);
  const f = all.admin.organisations.fields;
  return (
    <ActionForm id={id} action={action} labels={f} className="max-w-3xl space-y-4">
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={values.version} />
      <TextField name="name" label={f.name} defaultValue={values.name} />
      <TextField name="shortName" label={f.shortName} optional defaultValue={values.shortName} />
      <SubmitButton>{all.forms.save}</SubmitButton>
    </ActionForm>
  );
}
