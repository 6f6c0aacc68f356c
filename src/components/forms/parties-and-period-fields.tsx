import { toDateInput } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { SelectField, TextField } from "./fields";

export interface JointParties {
  municipalities: { id: string; name: string }[];
  policeAreas: { id: string; name: string }[];
}

/**
 * The parties of a jointly owned record (chosen only when it is created) and the period
 * it is valid for: shared by the agreement and promise forms.
 */
export function PartiesAndPeriodFields({ parties, periodStart, periodEnd }: { parties?: JointParties; periodStart?: Date; periodEnd?: Date }) {
  const locale = usePageLocale();
  const f = messages(locale).agreements.fields;
  return (
    <>
      {parties && (
        <>
          <SelectField name="municipalityId" label={f.municipality} options={parties.municipalities.map((x) => ({ value: x.id, label: x.name }))} />
          <SelectField name="policeAreaId" label={f.policeArea} options={parties.policeAreas.map((x) => ({ value: x.id, label: x.name }))} />
        </>
      )}
      <TextField name="periodStart" type="date" label={f.periodStart} defaultValue={toDateInput(periodStart)} />
      <TextField name="periodEnd" type="date" label={f.periodEnd} defaultValue={toDateInput(periodEnd)} />
    </>
  );
}
