import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { ApprovalPanel } from "@/components/agreements/approval-panel";
import { GoalTree, parentOptions } from "@/components/agreements/goal-tree";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Notice } from "@/components/ui/notice";
import { BasisDocumentList } from "@/components/documents/basis-document-list";
import { SignatoryList } from "@/components/documents/signatory-list";
import { TextSection } from "@/components/documents/text-section";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { isApprovable, isEditable, manualTransitions, partyOf } from "@/lib/agreements/lifecycle";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDate, formatPeriod } from "@/lib/format/dates";
import { buildTree, flatten } from "@/lib/goals/tree";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { approveAgreementAction, createGoalAction, moveGoalAction, transitionAgreementAction } from "../actions";
import { AgreementCycleSections } from "@/components/cycle/agreement-sections";
import { PlainLink } from "@/components/ui/plain-link";
import { mayReadReports } from "@/lib/reports/agreement-report";

// Metadata and page read the same record: once per request.
const load = cache(findAgreementForActor);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  const agreement = await load(actor, (await params).id);
  return { title: agreement?.title ?? messages(locale).errors.notFoundTitle };
}

export default async function AgreementPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const agreement = await load(actor, (await params).id);
  if (!agreement) notFound();
  const m = messages(locale);
  const f = m.agreements.fields;
  const joint = { type: "joint" as const, municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId };
  const mayEdit = authorize(actor, "agreement.update", joint);
  const editable = mayEdit && isEditable(agreement.status);
  const party = partyOf(actor.organisation.kind);
  const partyHasApproved = agreement.approvals.some((a) => a.party === party && !a.withdrawnAt);
  const canApproveAs =
    party && isApprovable(agreement.status) && authorize(actor, "agreement.approve", joint) && !partyHasApproved ? party : null;
  const tree = buildTree(agreement.goals);
  const flat = flatten(tree);

  return (
    <article className="space-y-8">
      <header>
        <Notice code={(await searchParams).notice} />
        <p className="text-sm">
          <Link href="/avtal">{m.agreements.title}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{agreement.title}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{f.status}</dt>
          <dd>
            <AgreementStatusBadge status={agreement.status} />
          </dd>
          <dt className="font-semibold">{f.period}</dt>
          <dd>{formatPeriod(agreement.periodStart, agreement.periodEnd, locale)}</dd>
          <dt className="font-semibold">{f.parties}</dt>
          <dd>
            {agreement.municipality.name} · {agreement.policeArea.name}
          </dd>
          {agreement.caseNumber && (
            <>
              <dt className="font-semibold">{f.caseNumber}</dt>
              <dd>{agreement.caseNumber}</dd>
            </>
          )}
          {agreement.decisionBody && (
            <>
              <dt className="font-semibold">{f.decision}</dt>
              <dd>
                {format(locale, m.agreements.decisionText, {
                  body: agreement.decisionBody,
                  paragraph: agreement.decisionParagraph ?? "",
                  date: agreement.decisionDate ? formatDate(agreement.decisionDate, locale) : "",
                }).replace(/,\s*$/, "")}
              </dd>
            </>
          )}
          {agreement.replaces && (
            <>
              <dt className="font-semibold">{f.replaces}</dt>
              <dd>
                <Link href={`/avtal/${agreement.replaces.id}`}>{agreement.replaces.title}</Link>
              </dd>
            </>
          )}
          {agreement.replacedBy && (
            <>
              <dt className="font-semibold">{m.agreements.status.REPLACED}</dt>
              <dd>
                <Link href={`/avtal/${agreement.replacedBy.id}`}>{format(locale, m.agreements.replacedBy, { title: agreement.replacedBy.title })}</Link>
              </dd>
            </>
          )}
        </dl>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {editable && (
            <Link href={`/avtal/${agreement.id}/redigera`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
              {m.agreements.edit}
            </Link>
          )}
          <Link href={`/avtal/${agreement.id}/historik`}>{m.agreements.history}</Link>
          {mayReadReports(actor) && <PlainLink locale={locale} href={`/avtal/${agreement.id}/rapport`}>{format(locale, m.dashboard.openReport, { title: agreement.title })}</PlainLink>}
          {mayEdit &&
            manualTransitions(agreement.status).map((to) => (
              <ActionForm key={to} action={transitionAgreementAction} id={`transition-${to}`}>
                <input type="hidden" name="id" value={agreement.id} />
                <input type="hidden" name="version" value={agreement.version} />
                <input type="hidden" name="to" value={to} />
                <SubmitButton variant="secondary">{m.agreements.transition[to as keyof typeof m.agreements.transition]}</SubmitButton>
              </ActionForm>
            ))}
        </div>
        {!isEditable(agreement.status) && <p className="mt-3 text-sm text-muted">{m.agreements.lockedNotice}</p>}
      </header>

      <ApprovalPanel agreement={agreement} approvals={agreement.approvals} canApproveAs={canApproveAs} action={approveAgreementAction} intro={m.agreements.approvals.intro} />

      <TextSection title={f.aim} text={agreement.aim} />
      <TextSection title={f.background} text={agreement.background} />
      {agreement.priorities.length > 0 && (
        <section>
          <h2 className="text-2xl font-semibold">{f.priorities}</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {agreement.priorities.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="mal-heading" id="mal">
        <h2 id="mal-heading" className="text-2xl font-semibold">
          {m.goals.title}
        </h2>
        <p className="mb-3 mt-1 text-sm text-muted">{m.goals.intro}</p>
        <GoalTree agreementId={agreement.id} tree={tree} editable={editable} moveAction={moveGoalAction} />
        {editable && (
          <div className="mt-6 rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{m.goals.addHeading}</h3>
            <ActionForm action={createGoalAction} id="add-goal" labels={{ title: m.goals.fields.title, description: m.goals.fields.description, parentId: m.goals.fields.parent }} className="space-y-4">
              <input type="hidden" name="agreementId" value={agreement.id} />
              <TextField name="title" label={m.goals.fields.title} />
              <TextAreaField name="description" label={m.goals.fields.description} optional rows={3} />
              <SelectField name="parentId" label={m.goals.fields.parent} options={parentOptions(flat, locale)} />
              <SubmitButton>{m.goals.add}</SubmitButton>
            </ActionForm>
          </div>
        )}
      </section>

      <AgreementCycleSections actor={actor} agreement={agreement} editable={editable} />

      <BasisDocumentList documents={agreement.basisDocs.map((b) => b.basisDocument)} />
      <TextSection title={f.economy} text={agreement.economy} />
      <TextSection title={f.followUp} text={agreement.followUp} />
      <TextSection title={f.collaborationModel} text={agreement.collaborationModel} />
      <SignatoryList signatories={agreement.signatories} />
    </article>
  );
}
