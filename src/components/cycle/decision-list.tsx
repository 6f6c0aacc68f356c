import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/actions/result";
import { decisionState } from "@/lib/decisions/rules";
import { formatDate, toDateInput } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

interface DecisionView {
  id: string;
  version: number;
  body: string;
  decidedOn: Date;
  caseNumber: string | null;
  paragraph: string | null;
  decision: string;
  condition: string | null;
  conditionDueOn: Date | null;
  conditionMetOn: Date | null;
}

/** The decision log of an agreement or action plan, with the form to add one; ids are prefixed, so two logs never share one. */
export function DecisionLog({
  decisions,
  subject,
  mayWrite,
  createAction,
  meetAction,
  idPrefix,
}: {
  decisions: DecisionView[];
  subject: { agreementId?: string; actionPlanId?: string };
  mayWrite: boolean;
  createAction: (formData: FormData) => Promise<ActionResult<unknown>>;
  meetAction: (formData: FormData) => Promise<ActionResult<unknown>>;
  idPrefix: string;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const d = m.cycle.decisions;
  const today = new Date();
  return (
    <section aria-labelledby={`${idPrefix}-heading`} id="beslut">
      <h2 id={`${idPrefix}-heading`} className="text-2xl font-semibold">{d.title}</h2>
      <p className="mt-1 text-sm text-muted">{d.intro}</p>
      {decisions.length === 0 ? (
        <p className="mt-2 text-muted">{d.none}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {decisions.map((x) => {
            const state = decisionState(x, today);
            return (
              <li key={x.id} className="rounded-lg border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  {x.body} · {formatDate(x.decidedOn, locale)}
                  {x.paragraph ? ` · ${x.paragraph}` : ""}
                  {x.caseNumber ? ` · ${x.caseNumber}` : ""}
                  <Badge tone={state === "IN_FORCE" ? "success" : state === "PENDING" ? "warning" : "danger"}>{d.state[state]}</Badge>
                </p>
                <p className="mt-1 whitespace-pre-line">{x.decision}</p>
                {x.condition && (
                  <p className="mt-1 text-sm">
                    <span className="font-semibold">{d.fields.condition}:</span> {x.condition}
                    {x.conditionDueOn ? ` (${d.fields.conditionDueOn} ${formatDate(x.conditionDueOn, locale)})` : ""}
                    {x.conditionMetOn ? ` · ${d.fields.conditionMetOn} ${formatDate(x.conditionMetOn, locale)}` : ""}
                  </p>
                )}
                {mayWrite && x.condition && !x.conditionMetOn && (
                  <ActionForm action={meetAction} id={`${idPrefix}-meet-${x.id}`} labels={{ conditionMetOn: d.fields.conditionMetOn }} className="mt-2 flex flex-wrap items-end gap-3">
                    <input type="hidden" name="id" value={x.id} />
                    <input type="hidden" name="version" value={x.version} />
                    <TextField name="conditionMetOn" type="date" label={d.fields.conditionMetOn} defaultValue={toDateInput(today)} />
                    <SubmitButton variant="secondary">{d.meet}</SubmitButton>
                  </ActionForm>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {mayWrite && (
        <div className="mt-4 rounded-lg border border-slate-300 p-4">
          <h3 className="mb-3 text-lg font-semibold">{d.add}</h3>
          <ActionForm action={createAction} id={`${idPrefix}-new`} labels={d.fields} className="space-y-3">
            {subject.agreementId && <input type="hidden" name="agreementId" value={subject.agreementId} />}
            {subject.actionPlanId && <input type="hidden" name="actionPlanId" value={subject.actionPlanId} />}
            <div className="grid gap-3 md:grid-cols-2">
              <TextField name="body" label={d.fields.body} hint={d.fields.bodyHint} />
              <TextField name="decidedOn" type="date" label={d.fields.decidedOn} />
              <TextField name="caseNumber" label={d.fields.caseNumber} optional />
              <TextField name="paragraph" label={d.fields.paragraph} optional />
            </div>
            <TextAreaField name="decision" label={d.fields.decision} rows={2} />
            <TextAreaField name="condition" label={d.fields.condition} hint={d.fields.conditionHint} optional rows={2} />
            <TextField name="conditionDueOn" type="date" label={d.fields.conditionDueOn} optional />
            <SubmitButton>{d.add}</SubmitButton>
          </ActionForm>
        </div>
      )}
    </section>
  );
}
