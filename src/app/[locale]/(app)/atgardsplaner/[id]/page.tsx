import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ApprovalPanel } from "@/components/agreements/approval-panel";
import { DecisionLog } from "@/components/cycle/decision-list";
import { MeasureForm } from "@/components/cycle/measure-form";
import { MeasureTable } from "@/components/cycle/measure-table";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { isApprovable, isEditable } from "@/lib/action-plans/lifecycle";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { findActionPlanForActor } from "@/lib/action-plans/queries";
import { activityProgress } from "@/lib/activities/progress";
import { partyOf } from "@/lib/agreements/lifecycle";
import { formatFigure } from "@/lib/analyses/indicators";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDate, formatPeriod } from "@/lib/format/dates";
import { buildTree, flatten } from "@/lib/goals/tree";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { organisationsFor } from "@/lib/municipalities/queries";
import { approveActionPlanAction, createDecisionAction, createMeasureAction, meetConditionAction, publishActionPlanAction } from "../../arbetsgang/actions";
// Measures are activity rows: moved and removed by the same actions as a promise's activities.
import { moveActivityAction } from "../../loften/actions";

const load = cache(findActionPlanForActor);
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return { title: (await load(actor, (await params).id))?.title ?? messages(locale).errors.notFoundTitle };
}

export default async function ActionPlanPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const plan = await load(actor, (await params).id);
  if (!plan) notFound();
  const m = messages(locale);
  const p = m.cycle.plans;
  const resource = agreementCycleResource(plan.agreement);
  const mayWrite = authorize(actor, "cycle.write", resource);
  const editable = mayWrite && isEditable(plan.status);
  const mayFollowUp = authorize(actor, "actionPlan.followUp", resource);
  const party = partyOf(actor.organisation.kind);
  const partyHasApproved = plan.approvals.some((a) => a.party === party && !a.withdrawnAt && a.subjectVersion === plan.version);
  const canApproveAs = party && isApprovable(plan.status) && authorize(actor, "actionPlan.approve", resource) && !partyHasApproved && plan.activities.length > 0 ? party : null;
  const mayPublish = plan.status === "ADOPTED" && authorize(actor, "actionPlan.publish", resource);

  // Measures grouped by the focus area or sub-goal they serve, in the agreement's goal order.
  const goals = flatten(buildTree(plan.agreement.goals));
  const numbered = plan.activities.map((a, index) => ({ ...a, number: index + 1 }));
  const groups = goals
    .map((g) => ({ goal: g, rows: numbered.filter((a) => a.goalId === g.id) }))
    .filter((g) => g.rows.length > 0);
  const ungrouped = numbered.filter((a) => !a.goalId || !goals.some((g) => g.id === a.goalId));
  const progress = Object.fromEntries(plan.activities.map((a) => [a.id, activityProgress(a, a.followUps)]));
  const organisations = editable ? await organisationsFor(plan.agreement.municipalityId, plan.agreement.policeAreaId) : [];
  const indicators = plan.analysis?.indicators ?? [];

  return (
    <article className="space-y-8">
      <header>
        <Notice code={(await searchParams).notice} />
        <p className="text-sm">
          <Link href={`/avtal/${plan.agreement.id}#atgardsplaner`}>{p.backToAgreement}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{plan.title}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{p.fields.status}</dt>
          <dd><Badge tone={plan.status === "ADOPTED" ? "success" : "neutral"}>{p.status[plan.status]}</Badge></dd>
          <dt className="font-semibold">{p.fields.period}</dt>
          <dd>{formatPeriod(plan.periodStart, plan.periodEnd, locale)}</dd>
          <dt className="font-semibold">{p.fields.agreement}</dt>
          <dd>{plan.agreement.title} · {plan.agreement.municipality.name} · {plan.agreement.policeArea.name}</dd>
          {plan.analysis && (
            <>
              <dt className="font-semibold">{p.fields.analysisId}</dt>
              <dd><Link href={`/lagesbild/${plan.analysis.id}`}>{format(locale, p.basedOn, { title: plan.analysis.title, date: formatDate(plan.analysis.asOf, locale) })}</Link></dd>
            </>
          )}
        </dl>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {editable && (
            <Link href={`/atgardsplaner/${plan.id}/redigera`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">{p.edit}</Link>
          )}
          <Link href={`/atgardsplaner/${plan.id}/historik`}>{m.agreements.history}</Link>
        </div>
        {!isEditable(plan.status) && <p className="mt-3 text-sm text-muted">{p.lockedNotice}</p>}
      </header>

      <ApprovalPanel agreement={plan} approvals={plan.approvals} canApproveAs={canApproveAs} action={approveActionPlanAction} intro={p.approvalsIntro} />

      {plan.status === "ADOPTED" && (
        <section aria-labelledby="public-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="public-heading" className="text-xl font-semibold">{p.publicTitle}</h2>
          <p className="mt-1">{plan.published ? p.publicOn : p.publicOff}</p>
          {plan.published && (
            <p className="mt-1"><Link href={`/${plan.agreement.municipality.slug}/atgardsplan/${plan.id}`}>{p.publicLink}</Link></p>
          )}
          {mayPublish && (
            <ActionForm action={publishActionPlanAction} id="publish-plan" className="mt-3">
              <input type="hidden" name="id" value={plan.id} />
              <input type="hidden" name="version" value={plan.version} />
              <input type="hidden" name="published" value={plan.published ? "false" : "true"} />
              <SubmitButton variant="secondary">{plan.published ? p.unpublish : p.publish}</SubmitButton>
            </ActionForm>
          )}
        </section>
      )}

      <section aria-labelledby="measures-heading" id="aktiviteter" className="space-y-4">
        <h2 id="measures-heading" className="text-2xl font-semibold">{m.cycle.measures.title}</h2>
        {plan.activities.length === 0 && <p className="text-muted">{m.cycle.measures.none}</p>}
        {groups.map(({ goal, rows }) => (
          <MeasureTable key={goal.id} caption={`${goal.number} ${goal.title}`} planId={plan.id} rows={rows} progress={progress} editable={editable} mayFollowUp={mayFollowUp} total={plan.activities.length} planEnd={plan.periodEnd} moveAction={moveActivityAction} />
        ))}
        {ungrouped.length > 0 && (
          <MeasureTable caption={p.byGoal} planId={plan.id} rows={ungrouped} progress={progress} editable={editable} mayFollowUp={mayFollowUp} total={plan.activities.length} planEnd={plan.periodEnd} moveAction={moveActivityAction} />
        )}
        {editable && (
          <div className="rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{m.cycle.measures.addHeading}</h3>
            <MeasureForm
              action={createMeasureAction}
              actionPlanId={plan.id}
              formId="add-measure"
              goals={goals.map((g) => ({ id: g.id, label: `${g.number} ${g.title}` }))}
              indicators={indicators.map((i) => ({ id: i.id, label: `${i.name} (${formatFigure(i.baselineValue, locale)} ${i.unit})` }))}
              organisations={organisations}
              submitLabel={m.cycle.measures.add}
            />
          </div>
        )}
      </section>

      <DecisionLog
        decisions={plan.decisions}
        subject={{ actionPlanId: plan.id }}
        mayWrite={mayWrite}
        createAction={createDecisionAction}
        meetAction={meetConditionAction}
        idPrefix="plan-decisions"
      />
    </article>
  );
}
