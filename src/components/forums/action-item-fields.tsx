import { SelectField, TextField } from "@/components/forms/fields";
import { format, messages } from "@/lib/i18n";

interface Options {
  users: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  concerns: { value: string; kind: "goal" | "promise" | "activity"; title: string }[];
}

/** Empty rows for new action items; rows left empty are not saved. */
export function ActionItemFields({ options, count = 2 }: { options: Options; count?: number }) {
  const m = messages();
  const f = m.meetings.fields;
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{m.meetings.newItems}</legend>
      <p className="text-sm text-muted">{m.forms.addRowHint}</p>
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">{format(m.meetings.item, { n: i + 1 })}</legend>
          <TextField name={`items.${i}.title`} label={f.itemTitle} className="md:col-span-2" />
          <SelectField name={`items.${i}.responsibleUserId`} label={f.responsibleUser} options={[{ value: "", label: f.none }, ...options.users.map((u) => ({ value: u.id, label: u.name }))]} />
          <SelectField
            name={`items.${i}.responsibleOrganisationId`}
            label={f.responsibleOrganisation}
            options={[{ value: "", label: f.none }, ...options.organisations.map((o) => ({ value: o.id, label: o.name }))]}
          />
          <TextField name={`items.${i}.dueOn`} type="date" label={f.dueOn} />
          <SelectField
            name={`items.${i}.concerns`}
            label={f.concerns}
            optional
            options={[{ value: "", label: f.none }, ...options.concerns.map((c) => ({ value: c.value, label: `${m.meetings.concernsKind[c.kind]}: ${c.title}` }))]}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}

export function actionItemLabels(count = 2): Record<string, string> {
  const m = messages();
  const f = m.meetings.fields;
  const labels: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const n = format(m.meetings.item, { n: i + 1 });
    labels[`items.${i}.title`] = `${n}, ${f.itemTitle}`;
    labels[`items.${i}.responsibleUserId`] = `${n}, ${f.responsibleUser}`;
    labels[`items.${i}.responsibleOrganisationId`] = `${n}, ${f.responsibleOrganisation}`;
    labels[`items.${i}.dueOn`] = `${n}, ${f.dueOn}`;
    labels[`items.${i}.concerns`] = `${n}, ${f.concerns}`;
  }
  return labels;
}
