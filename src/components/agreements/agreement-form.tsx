import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { SignatoryFields, signatoryLabels } from "@/components/forms/signatory-fields";
import { PartiesAndPeriodFields, type JointParties } from "@/components/forms/parties-and-period-fields";
import { toDateInput } from "@/lib/format/dates";
import type { ActionResult } from "@/lib/actions/result";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

const EXTRA_ROWS = 2;

export interface AgreementFormValues {
  id?: string;
  version?: number;
  title?: string;
  periodStart?: Date;
  periodEnd?: Date;
  caseNumber?: string | null;
  decisionBody?: string | null;
  decisionParagraph?: string | null;
  decisionDate?: Date | null;
  aim?: string;
  background?: string;
  economy?: string;
  followUp?: string;
  collaborationModel?: string;
  replacesId?: string | null;
  priorities?: { text: string }[];
  signatories?: { name: string; title: string; party: string }[];
  basisDocuments?: { title: string; publisher: string | null; year: number | null; url: string | null }[];
}

interface Props {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  values?: AgreementFormValues;
  /** Present when creating: where the agreement may be made. */
  parties?: JointParties;
  replaceable: { id: string; title: string; caseNumber: string | null }[];
  submitLabel: string;
}

/** The whole agreement on one page, in the order the documents are written. */
export function AgreementForm({ action, values = {}, parties, replaceable, submitLabel }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.agreements.fields;
  const priorities = [...(values.priorities ?? []), ...Array.from({ length: EXTRA_ROWS }, () => ({ text: "" }))];
  const basisDocuments = [
    ...(values.basisDocuments ?? []),
    ...Array.from({ length: EXTRA_ROWS }, () => ({ title: "", publisher: null, year: null, url: null })),
  ];
  const labels: Record<string, string> = {
    title: f.title,
    municipalityId: f.municipality,
    policeAreaId: f.policeArea,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    caseNumber: f.caseNumber,
    decisionBody: f.decisionBody,
    decisionParagraph: f.decisionParagraph,
    decisionDate: f.decisionDate,
    aim: f.aim,
    background: f.background,
    economy: f.economy,
    followUp: f.followUp,
    collaborationModel: f.collaborationModel,
    replacesId: f.replaces,
    priorities: f.priorities,
    signatories: f.signatories,
    basisDocuments: f.basisDocuments,
  };
  Object.assign(labels, signatoryLabels(values.signatories?.length ?? 0, locale));
  basisDocuments.forEach((_, i) => {
    for (const key of ["title", "publisher", "year", "url"] as const) labels[`basisDocuments.${i}.${key}`] = `${format(locale, f.basisDocument, { n: i + 1 })}, ${f[key === "title" ? "docTitle" : key]}`;
  });
  priorities.forEach((_, i) => (labels[`priorities.${i}.text`] = format(locale, f.priority, { n: i + 1 })));

  return (
    <ActionForm action={action} labels={labels} id="agreement-form" className="space-y-8">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-semibold">{f.about}</legend>
        <TextField name="title" label={f.title} defaultValue={values.title} className="md:col-span-2" />
        <PartiesAndPeriodFields parties={parties} periodStart={values.periodStart} periodEnd={values.periodEnd} />
        <TextField name="caseNumber" label={f.caseNumber} hint={f.caseNumberHint} optional defaultValue={values.caseNumber} />
        <SelectField
          name="replacesId"
          label={f.replaces}
          optional
          defaultValue={values.replacesId}
          options={[{ value: "", label: f.replacesNone }, ...replaceable.map((a) => ({ value: a.id, label: [a.title, a.caseNumber].filter(Boolean).join(", ") }))]}
        />
      </fieldset>

      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-xl font-semibold">{f.decision}</legend>
        <TextField name="decisionBody" label={f.decisionBody} optional defaultValue={values.decisionBody} />
        <TextField name="decisionParagraph" label={f.decisionParagraph} optional defaultValue={values.decisionParagraph} />
        <TextField name="decisionDate" type="date" label={f.decisionDate} optional defaultValue={toDateInput(values.decisionDate)} />
      </fieldset>

      <div className="space-y-4">
        <TextAreaField name="aim" label={f.aim} defaultValue={values.aim} rows={3} />
        <TextAreaField name="background" label={f.background} defaultValue={values.background} rows={5} />
      </div>

      <fieldset className="space-y-3">
        <legend className="mb-1 text-xl font-semibold">{f.priorities}</legend>
        <p className="text-sm text-muted">{m.forms.addRowHint}</p>
        {priorities.map((p, i) => (
          <TextField key={i} name={`priorities.${i}.text`} label={format(locale, f.priority, { n: i + 1 })} defaultValue={p.text} />
        ))}
      </fieldset>

      <SignatoryFields values={values.signatories} />

      <fieldset className="space-y-3">
        <legend className="mb-1 text-xl font-semibold">{f.basisDocuments}</legend>
        <p className="text-sm text-muted">{m.forms.addRowHint}</p>
        {basisDocuments.map((b, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-4">
            <legend className="px-1 text-sm font-semibold">{format(locale, f.basisDocument, { n: i + 1 })}</legend>
            <TextField name={`basisDocuments.${i}.title`} label={f.docTitle} defaultValue={b.title} className="md:col-span-2" />
            <TextField name={`basisDocuments.${i}.publisher`} label={f.publisher} optional defaultValue={b.publisher} />
            <TextField name={`basisDocuments.${i}.year`} label={f.year} optional defaultValue={b.year} />
            <TextField name={`basisDocuments.${i}.url`} type="url" label={f.url} optional defaultValue={b.url} className="md:col-span-4" />
          </fieldset>
        ))}
      </fieldset>

      <div className="space-y-4">
        <TextAreaField name="economy" label={f.economy} defaultValue={values.economy} rows={3} />
        <TextAreaField name="followUp" label={f.followUp} defaultValue={values.followUp} rows={3} />
        <TextAreaField name="collaborationModel" label={f.collaborationModel} defaultValue={values.collaborationModel} rows={5} />
      </div>

      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
