import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, PersonalDataConfirmation, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { SignatoryFields, signatoryLabels } from "@/components/forms/signatory-fields";
import { PartiesAndPeriodFields, type JointParties } from "@/components/forms/parties-and-period-fields";
import type { ActionResult } from "@/lib/actions/result";
import { formatDate } from "@/lib/format/dates";
import { buildTree, flatten, type GoalNode } from "@/lib/goals/tree";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";


export interface PromiseFormValues {
  id?: string;
  version?: number;
  title?: string;
  slug?: string;
  periodStart?: Date;
  periodEnd?: Date;
  focus?: string;
  place?: string | null;
  targetGroup?: string | null;
  targetGroupRationale?: string;
  background?: string;
  citizenPerspective?: string;
  criterionSafety?: string;
  criterionCrime?: string;
  criterionParticipation?: string;
  criterionTrust?: string;
  conclusion?: string;
  agreementId?: string | null;
  renewsId?: string | null;
  goalIds?: string[];
  dialogueIds?: string[];
  signatories?: { name: string; title: string; party: string }[];
}

interface Props {
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  values?: PromiseFormValues;
  parties?: JointParties;
  options: {
    agreements: { id: string; title: string; goals: (GoalNode & { title: string })[] }[];
    dialogues: { id: string; title: string; startsAt: Date }[];
    promises: { id: string; title: string }[];
  };
  submitLabel: string;
}

export function PromiseForm({ action, values = {}, parties, options, submitLabel }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.promises.fields;
  const labels: Record<string, string> = { ...f, municipalityId: f.municipality, policeAreaId: f.policeArea, agreementId: f.agreement, renewsId: f.renews, goalIds: f.goals, dialogueIds: f.dialogues, ...signatoryLabels(values.signatories?.length ?? 0, locale) };
  const goalOptions = options.agreements.flatMap((a) =>
    flatten(buildTree(a.goals)).map((g) => ({ value: g.id, label: `${a.title}: ${g.number} ${g.title}`, indent: g.depth })),
  );
  return (
    <ActionForm action={action} labels={labels} id="promise-form" className="space-y-8">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-semibold">{f.about}</legend>
        <TextField name="title" label={f.title} defaultValue={values.title} className="md:col-span-2" />
        <PartiesAndPeriodFields parties={parties} periodStart={values.periodStart} periodEnd={values.periodEnd} />
        <SelectField
          name="focus"
          label={f.focus}
          defaultValue={values.focus ?? "PLACE"}
          options={[
            { value: "PLACE", label: f.focusPlace },
            { value: "TARGET_GROUP", label: f.focusTargetGroup },
          ]}
        />
        <TextField name="slug" label={f.slug} hint={f.slugHint} optional defaultValue={values.slug} />
        <TextField name="place" label={f.place} hint={f.placeHint} defaultValue={values.place} />
        <TextField name="targetGroup" label={f.targetGroup} hint={f.targetGroupHint} defaultValue={values.targetGroup} />
      </fieldset>

      <div className="space-y-4">
        <TextAreaField name="background" label={f.background} defaultValue={values.background} rows={5} />
        <TextAreaField name="citizenPerspective" label={f.citizenPerspective} defaultValue={values.citizenPerspective} rows={5} />
        <TextAreaField name="targetGroupRationale" label={f.targetGroupRationale} defaultValue={values.targetGroupRationale} rows={4} />
      </div>

      <fieldset className="space-y-4">
        <legend className="mb-1 text-xl font-semibold">{m.promise.criteria}</legend>
        <TextAreaField name="criterionSafety" label={f.criterionSafety} defaultValue={values.criterionSafety} rows={3} />
        <TextAreaField name="criterionCrime" label={f.criterionCrime} defaultValue={values.criterionCrime} rows={3} />
        <TextAreaField name="criterionParticipation" label={f.criterionParticipation} defaultValue={values.criterionParticipation} rows={3} />
        <TextAreaField name="criterionTrust" label={f.criterionTrust} defaultValue={values.criterionTrust} rows={3} />
      </fieldset>

      <TextAreaField name="conclusion" label={f.conclusion} defaultValue={values.conclusion} rows={3} />

      <fieldset className="space-y-4">
        <legend className="mb-1 text-xl font-semibold">{f.agreement}</legend>
        <SelectField
          name="agreementId"
          label={f.agreement}
          optional
          defaultValue={values.agreementId}
          options={[{ value: "", label: f.agreementNone }, ...options.agreements.map((a) => ({ value: a.id, label: a.title }))]}
        />
        <CheckboxGroup name="goalIds" legend={f.goals} options={goalOptions} defaultValues={values.goalIds} />
        <CheckboxGroup
          name="dialogueIds"
          legend={f.dialogues}
          options={options.dialogues.map((d) => ({ value: d.id, label: `${d.title} (${formatDate(d.startsAt, locale)})` }))}
          defaultValues={values.dialogueIds}
        />
        <SelectField
          name="renewsId"
          label={f.renews}
          optional
          defaultValue={values.renewsId}
          options={[{ value: "", label: f.renewsNone }, ...options.promises.map((p) => ({ value: p.id, label: p.title }))]}
        />
      </fieldset>

      <SignatoryFields values={values.signatories} />
      <PersonalDataConfirmation label={f.confirmNoPersonalData} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
