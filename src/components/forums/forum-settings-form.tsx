import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { formatDate } from "@/lib/format/dates";
import { FORUM_LEVELS } from "@/lib/forums/rules";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

interface Props {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  formId: string;
  submitLabel: string;
  municipalities?: { id: string; name: string }[];
  parents: { id: string; name: string }[];
  /** The forum's municipality's agreements (agreementChoices); without them, no choice of agreement is offered. */
  agreements?: { id: string; title: string; periodStart: Date; periodEnd: Date }[];
  values?: { id: string; version: number; name: string; level: string; purpose: string; cadence: string; parentId: string | null; reportsToText: string | null; agreementId: string | null };
}

/** A forum's name, level, purpose, cadence, place in the collaboration model and the agreement it serves. */
export function ForumSettingsForm({ action, formId, submitLabel, municipalities, parents, agreements, values }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.forums;
  return (
    <ActionForm
      action={action}
      id={formId}
      labels={{ name: f.fields.name, level: f.fieldLevel, purpose: f.purpose, cadence: f.cadence, parentId: f.fieldParent, reportsToText: f.fieldReportsToText, municipalityId: f.fieldMunicipality, agreementId: f.fieldAgreement }}
      className="grid gap-4 md:grid-cols-2"
    >
      {values && <input type="hidden" name="id" value={values.id} />}
      {values && <input type="hidden" name="version" value={values.version} />}
      <TextField name="name" label={f.fields.name} defaultValue={values?.name} />
      {municipalities && (
        // Of several, none is chosen for the user: a forum made in the first by oversight is a forum in the wrong municipality.
        <SelectField
          name="municipalityId"
          label={f.fieldMunicipality}
          options={[...(municipalities.length > 1 ? [{ value: "", label: f.fieldMunicipalityNone }] : []), ...municipalities.map((x) => ({ value: x.id, label: x.name }))]}
        />
      )}
      <SelectField name="level" label={f.fieldLevel} defaultValue={values?.level ?? "OPERATIVE"} options={FORUM_LEVELS.map((l) => ({ value: l, label: f.level[l] }))} />
      <TextField name="cadence" label={f.cadence} optional defaultValue={values?.cadence} />
      <SelectField name="parentId" label={f.fieldParent} defaultValue={values?.parentId} options={[{ value: "", label: f.fieldParentNone }, ...parents.map((p) => ({ value: p.id, label: p.name }))]} />
      <TextField name="reportsToText" label={f.fieldReportsToText} optional defaultValue={values?.reportsToText} />
      {agreements && (
        <SelectField
          name="agreementId"
          label={f.fieldAgreement}
          defaultValue={values?.agreementId}
          className="md:col-span-2"
          options={[
            { value: "", label: f.fieldAgreementNone },
            ...agreements.map((a) => ({ value: a.id, label: `${a.title} (${formatDate(a.periodStart, locale)}–${formatDate(a.periodEnd, locale)})` })),
          ]}
        />
      )}
      <TextAreaField name="purpose" label={f.purpose} defaultValue={values?.purpose} rows={3} className="md:col-span-2" />
      <div>
        <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
