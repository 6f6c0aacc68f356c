import { Link } from "@/i18n/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { MoveButton } from "@/components/forms/move-button";
import { Badge } from "@/components/ui/badge";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { agreementCycleSections } from "@/lib/action-plans/queries";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { formatPeriod } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { createCommitmentAction, createDecisionAction, meetConditionAction, moveCommitmentAction } from "@/app/[locale]/(app)/arbetsgang/actions";
import { DecisionLog } from "./decision-list";

/**
 * The agreement's own sections for the law's cycle: joint commitments (part of its text),
 * the organisation for implementation (linked forums), its action plans and its decisions.
 */
export async function AgreementCycleSections({
  actor,
  agreement,
  editable,
}: {
  actor: Actor;
  agreement: { id: string; municipalityId: string; policeAreaId: string };
  editable: boolean;
}) {
  const locale = await requestLocale();
  const m = messages(locale);
  const c = m.cycle;
  const { plans, decisions, commitments, forums } = await agreementCycleSections(actor, agreement.id);
  const mayWrite = authorize(actor, "cycle.write", agreementCycleResource({ ...agreement, forums }));
  return (
    <>
      <section aria-labelledby="ataganden-heading" id="ataganden">
        <h2 id="ataganden-heading" className="text-2xl font-semibold">{c.commitments.title}</h2>
        {commitments.length === 0 ? (
          <p className="mt-2 text-muted">{c.commitments.none}</p>
        ) : (
          <ol className="mt-2 list-decimal space-y-3 pl-6">
            {commitments.map((x, index) => {
              const number = index + 1;
              return (
                <li key={x.id}>
                  <h3 className="font-semibold">{x.heading}</h3>
                  {x.text && <p className="whitespace-pre-line">{x.text}</p>}
                  {editable && (
                    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                      {index > 0 && <MoveButton id={x.id} direction="up" label={format(locale, c.commitments.moveUp, { number })} action={moveCommitmentAction} />}
                      {index < commitments.length - 1 && <MoveButton id={x.id} direction="down" label={format(locale, c.commitments.moveDown, { number })} action={moveCommitmentAction} />}
                      <Link href={`/avtal/${agreement.id}/ataganden/${x.id}`} className="rounded border border-brand-700 px-2 py-1 no-underline">
                        {c.commitments.edit}<span className="sr-only"> {number}</span>
                      </Link>
                      <Link href={`/avtal/${agreement.id}/ataganden/${x.id}/ta-bort`} className="rounded border border-red-700 px-2 py-1 text-red-800 no-underline">
                        {c.commitments.remove}<span className="sr-only"> {number}</span>
                      </Link>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {editable && (
          <div className="mt-4 rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{c.commitments.add}</h3>
            <ActionForm action={createCommitmentAction} id="add-commitment" labels={c.commitments.fields} className="space-y-3">
              <input type="hidden" name="agreementId" value={agreement.id} />
              <TextField name="heading" label={c.commitments.fields.heading} />
              <TextAreaField name="text" label={c.commitments.fields.text} optional rows={3} />
              <SubmitButton>{c.commitments.add}</SubmitButton>
            </ActionForm>
          </div>
        )}
      </section>

      <section aria-labelledby="genomforande-heading">
        <h2 id="genomforande-heading" className="text-2xl font-semibold">{c.forums.title}</h2>
        <p className="mt-1 text-sm text-muted">{c.forums.intro}</p>
        {forums.length === 0 ? (
          <p className="mt-2 text-muted">{c.forums.none}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {forums.map((f) => (
              <li key={f.id}>
                {actor.forumIds.includes(f.id) || actor.role === "ADMIN" ? <Link href={`/forum/${f.id}`}>{f.name}</Link> : f.name}{" "}
                <span className="text-muted">({m.forums.level[f.level]})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="atgardsplaner-heading" id="atgardsplaner">
        <h2 id="atgardsplaner-heading" className="text-2xl font-semibold">{c.plans.title}</h2>
        <p className="mt-1 text-sm text-muted">{c.plans.intro}</p>
        {plans.length === 0 ? (
          <p className="mt-2 text-muted">{c.plans.none}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {plans.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/atgardsplaner/${p.id}`}>{p.title}</Link>
                <span className="text-sm text-muted">{formatPeriod(p.periodStart, p.periodEnd, locale)} · {format(locale, c.plans.fields.measures, { count: p._count.activities })}</span>
                <Badge tone={p.status === "ADOPTED" ? "success" : "neutral"}>{c.plans.status[p.status]}</Badge>
              </li>
            ))}
          </ul>
        )}
        {mayWrite && (
          <p className="mt-3">
            <Link href={`/atgardsplaner/ny?avtal=${agreement.id}`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">{c.plans.new}</Link>
          </p>
        )}
      </section>

      <DecisionLog
        decisions={decisions}
        subject={{ agreementId: agreement.id }}
        mayWrite={mayWrite}
        createAction={createDecisionAction}
        meetAction={meetConditionAction}
        idPrefix="agreement-decisions"
      />
    </>
  );
}
