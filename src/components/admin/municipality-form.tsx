import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { toDateInput } from "@/lib/format/dates";
import { messages, type Locale } from "@/lib/i18n";
import { COMPLIANCE_LEVELS } from "@/lib/municipalities/rules";

export interface MunicipalityValues {
  id: string;
  version: number;
  name: string;
  slug: string;
  code: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactRoles: string;
  privacyContactEmail: string | null;
  accessibilityCompliance: string;
  accessibilityIssues: string;
  accessibilityTestedOn: Date | null;
}

/** A municipality: its name and addresses, its contact details, and its part of the accessibility statement. */
export function MunicipalityForm({
  id,
  action,
  values,
  submitLabel,
  locale,
}: {
  id: string;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  values?: MunicipalityValues;
  submitLabel: string;
  locale: Locale;
}) {
  const m = messages(locale).admin.municipalities;
  const f = m.fields;
  const h = m.hints;
  return (
    <ActionForm id={id} action={action} labels={f} className="max-w-3xl space-y-8">
      {values && <input type="hidden" name="id" value={values.id} />}
      {values && <input type="hidden" name="version" value={values.version} />}
      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-xl font-semibold">{m.sectionBasics}</legend>
        <TextField name="name" label={f.name} hint={h.name} defaultValue={values?.name} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="slug" label={f.slug} hint={h.slug} defaultValue={values?.slug} />
          <TextField name="code" label={f.code} hint={h.code} defaultValue={values?.code} />
        </div>
      </fieldset>
      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-xl font-semibold">{m.sectionContact}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="contactEmail" type="email" label={f.contactEmail} hint={h.contactEmail} optional defaultValue={values?.contactEmail} />
          <TextField name="contactPhone" label={f.contactPhone} optional defaultValue={values?.contactPhone} />
        </div>
        <TextField name="privacyContactEmail" type="email" label={f.privacyContactEmail} hint={h.privacyContactEmail} optional defaultValue={values?.privacyContactEmail} />
        <TextAreaField name="contactRoles" label={f.contactRoles} hint={h.contactRoles} optional rows={4} defaultValue={values?.contactRoles} />
      </fieldset>
      <fieldset className="min-w-0 space-y-4">
        <legend className="mb-2 text-xl font-semibold">{m.sectionStatement}</legend>
        <p className="text-sm text-muted">{m.statementIntro}</p>
        <SelectField
          name="accessibilityCompliance"
          label={f.accessibilityCompliance}
          defaultValue={values?.accessibilityCompliance ?? "PARTIAL"}
          options={COMPLIANCE_LEVELS.map((level) => ({ value: level, label: m.compliance[level] }))}
        />
        <TextAreaField name="accessibilityIssues" label={f.accessibilityIssues} hint={h.accessibilityIssues} optional rows={6} defaultValue={values?.accessibilityIssues} />
        <TextField name="accessibilityTestedOn" type="date" label={f.accessibilityTestedOn} hint={h.accessibilityTestedOn} optional defaultValue={toDateInput(values?.accessibilityTestedOn)} />
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
