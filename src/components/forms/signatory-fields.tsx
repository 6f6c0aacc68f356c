import { format, messages, type Locale } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { SelectField, TextField } from "./fields";

const EXTRA_ROWS = 2;

/** Signatories of an agreement or promise: existing rows plus two empty ones. */
export function SignatoryFields({ values = [] }: { values?: { name: string; title: string; party: string }[] }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.agreements.fields;
  const rows = [...values, ...Array.from({ length: EXTRA_ROWS }, () => ({ name: "", title: "", party: "" }))];
  const partyOptions = [
    { value: "", label: "–" },
    { value: "MUNICIPALITY", label: m.party.MUNICIPALITY },
    { value: "POLICE", label: m.party.POLICE },
  ];
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-xl font-semibold">{f.signatories}</legend>
      <p className="text-sm text-muted">{m.forms.addRowHint}</p>
      {rows.map((s, i) => (
        <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-3">
          <legend className="px-1 text-sm font-semibold">{format(locale, f.signatory, { n: i + 1 })}</legend>
          <TextField name={`signatories.${i}.name`} label={f.name} defaultValue={s.name} />
          <TextField name={`signatories.${i}.title`} label={f.jobTitle} defaultValue={s.title} />
          <SelectField name={`signatories.${i}.party`} label={f.party} defaultValue={s.party} options={partyOptions} />
        </fieldset>
      ))}
    </fieldset>
  );
}

/** Error-summary labels for the signatory rows. */
export function signatoryLabels(count: number, locale: Locale): Record<string, string> {
  const f = messages(locale).agreements.fields;
  const labels: Record<string, string> = {};
  for (let i = 0; i < count + EXTRA_ROWS; i++) {
    labels[`signatories.${i}.name`] = `${format(locale, f.signatory, { n: i + 1 })}, ${f.name}`;
    labels[`signatories.${i}.title`] = `${format(locale, f.signatory, { n: i + 1 })}, ${f.jobTitle}`;
    labels[`signatories.${i}.party`] = `${format(locale, f.signatory, { n: i + 1 })}, ${f.party}`;
  }
  return labels;
}
