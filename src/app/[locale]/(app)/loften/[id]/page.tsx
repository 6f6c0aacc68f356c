import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ApprovalPanel } from "@/components/agreements/approval-panel";
import { BasisDocumentList } from "@/components/documents/basis-document-list";
import { SignatoryList } from "@/components/documents/signatory-list";
import { TextSection } from "@/components/documents/text-section";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { MoveButton } from "@/components/forms/move-button";
import { ActivityForm } from "@/components/promises/activity-form";
import { ProgressCell } from "@/components/promises/activity-plan-table";
import { PromiseLinks } from "@/components/promises/promise-links";
import { PromiseStatusBadge } from "@/components/promises/promise-status-badge";
import { MissingCriteria } from "@/components/promises/promise-status-text";
import { Notice } from "@/components/ui/notice";
import { activityProgress } from "@/lib/activities/progress";
import { partyOf } from "@/lib/agreements/lifecycle";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDateTime, formatPeriod } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { organisationsFor } from "@/lib/municipalities/queries";
import { isApprovable, isEditable, manualTransitions } from "@/lib/promises/publishing";
import { findPromiseForActor } from "@/lib/promises/queries";
import { approvePromiseAction, createActivityAction, moveActivityAction, transitionPromiseAction } from "../actions";

// Metadata and page read the same record: once per request.
const load = cache(findPromiseForActor);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  const promise = await load(actor, (await params).id);
  return { title: promise?.title ?? messages(locale).errors.notFoundTitle };
}

export default async function PromiseAdminPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const promise = await load(actor, (await params).id);
  if (!promise) notFound();
  const m = messages(locale);
  const joint = { type: "joint" as const, municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId };
  const mayEdit = authorize(actor, "promise.update", joint);
  const editable = mayEdit && isEditable(promise.status);
  const mayFollowUp = authorize(actor, "promise.followUp", joint);
  const party = partyOf(actor.organisation.kind);
  const standingForParty = promise.approvals.some((a) => a.party === party && !a.withdrawnAt && a.subjectVersion === promise.version);
  const canApproveAs = party && authorize(actor, "promise.approve", joint) && isApprovable(promise.status, promise.unpublishedChanges) && !standingForParty ? party : null;
  const organisations = editable ? await organisationsFor(promise.municipalityId, promise.policeAreaId) : [];
  const goalOptions = promise.goals.map((g) => ({ id: g.goal.id, label: g.goal.title }));
  const isPublic = promise.status === "PUBLISHED" || promise.status === "COMPLETED";

  return (
    <article className="space-y-8">
      <header>
        <Notice code={(await searchParams).notice} />
        <p className="text-sm">
          <Link href="/loften">{m.promises.title}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{promise.title}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{m.promise.status}</dt>
          <dd><PromiseStatusBadge status={promise.status} periodStart={promise.periodStart} /></dd>
          <dt className="font-semibold">{m.promise.period}</dt>
          <dd>{formatPeriod(promise.periodStart, promise.periodEnd, locale)}</dd>
          <dt className="font-semibold">{m.promise.parties}</dt>
          <dd>{promise.municipality.name} · {promise.policeArea.name}</dd>
          {promise.place && (<><dt className="font-semibold">{m.promise.place}</dt><dd>{promise.place}</dd></>)}
          {promise.targetGroup && (<><dt className="font-semibold">{m.promise.targetGroup}</dt><dd>{promise.targetGroup}</dd></>)}
          {promise.agreement && (<><dt className="font-semibold">{m.promises.fields.agreement}</dt><dd><Link href={`/avtal/${promise.agreement.id}`}>{promise.agreement.title}</Link></dd></>)}
          {promise.renews && (<><dt className="font-semibold">{m.promises.fields.renews}</dt><dd><Link href={`/loften/${promise.renews.id}`}>{promise.renews.title}</Link></dd></>)}
          <dt className="font-semibold">{m.promise.status}</dt>
          <dd>{promise.publishedAt ? format(locale, m.promises.publishedAt, { at: formatDateTime(promise.publishedAt, locale) }) : m.promises.neverPublished}</dd>
        </dl>
        {promise.unpublishedChanges && isPublic && (
          <p className="mt-3 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">{m.promises.unpublishedChanges}</p>
        )}
        <MissingCriteria promise={promise} />
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {editable && (
            <Link href={`/loften/${promise.id}/redigera`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
              {m.promises.edit}
            </Link>
          )}
          <Link href={`/loften/${promise.id}/historik`}>{m.agreements.history}</Link>
          {isPublic && <Link href={`/${promise.municipality.slug}/medborgarloften/${promise.slug}`}>{m.promises.publicPage}</Link>}
          {mayEdit &&
            manualTransitions(promise.status).map((to) => (
              <ActionForm key={to} action={transitionPromiseAction} id={`transition-${to}`}>
                <input type="hidden" name="id" value={promise.id} />
                <input type="hidden" name="version" value={promise.version} />
                <input type="hidden" name="to" value={to} />
                <SubmitButton variant="secondary">{m.promises.transition[to as keyof typeof m.promises.transition]}</SubmitButton>
              </ActionForm>
            ))}
        </div>
      </header>

      <ApprovalPanel agreement={promise} approvals={promise.approvals} canApproveAs={canApproveAs} action={approvePromiseAction} intro={m.promises.approvals.intro} />

      <TextSection title={m.promise.background} text={promise.background} />
      <TextSection title={m.promise.citizenPerspective} text={promise.citizenPerspective} />
      <TextSection title={m.promise.whyTargetGroup} text={promise.targetGroupRationale} />
      <section>
        <h2 className="text-2xl font-semibold">{m.promise.criteria}</h2>
        <dl className="mt-3 space-y-3">
          {([
            [m.promise.criterion.safety, promise.criterionSafety],
            [m.promise.criterion.crime, promise.criterionCrime],
            [m.promise.criterion.participation, promise.criterionParticipation],
            [m.promise.criterion.trust, promise.criterionTrust],
          ] as const).map(([label, text]) => (
            <div key={label} className="rounded-lg border border-slate-200 p-3">
              <dt className="font-semibold">{label}</dt>
              <dd className="mt-1 whitespace-pre-line">{text || "–"}</dd>
            </div>
          ))}
        </dl>
      </section>
      <TextSection title={m.promise.conclusion} text={promise.conclusion} />

      <section aria-labelledby="aktiviteter-heading" id="aktiviteter">
        <h2 id="aktiviteter-heading" className="text-2xl font-semibold">{m.activities.title}</h2>
        {promise.activities.length === 0 ? (
          <p className="mt-2 text-muted">{m.activities.none}</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {promise.activities.map((a, index) => {
              const number = index + 1;
              return (
                <li key={a.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="font-semibold"><span className="mr-2 text-brand-700">{number}</span>{a.title}</h3>
                  <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
                    {([
                      [m.activity.columns.scope, a.scope],
                      [m.activity.columns.timing, a.timing],
                      [m.activity.columns.responsible, a.responsible],
                      [m.activity.columns.followUp, a.followUp],
                      [m.activity.columns.evaluation, a.evaluation],
                      [m.activities.fields.goal, a.goal?.title ?? ""],
                    ] as const).filter(([, text]) => text).map(([label, text]) => (
                      <div key={label} className="contents">
                        <dt className="font-medium">{label}</dt>
                        <dd className="whitespace-pre-line">{text}</dd>
                      </div>
                    ))}
                    <dt className="font-medium">{m.activity.columns.status}</dt>
                    <dd><ProgressCell progress={activityProgress(a, a.followUps)} /></dd>
                  </dl>
                  <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                    {mayFollowUp && (
                      <Link href={`/loften/${promise.id}/aktiviteter/${a.id}/uppfoljning`} className="rounded border border-brand-700 px-2 py-1 no-underline">
                        {m.activities.recordFollowUp}<span className="sr-only"> {number}</span>
                      </Link>
                    )}
                    {editable && (
                      <>
                        {index > 0 && <MoveButton id={a.id} direction="up" label={format(locale, m.activities.moveUp, { number })} action={moveActivityAction} />}
                        {index < promise.activities.length - 1 && <MoveButton id={a.id} direction="down" label={format(locale, m.activities.moveDown, { number })} action={moveActivityAction} />}
                        <Link href={`/loften/${promise.id}/aktiviteter/${a.id}`} className="rounded border border-brand-700 px-2 py-1 no-underline">
                          {m.activities.edit}<span className="sr-only"> {number}</span>
                        </Link>
                        <Link href={`/loften/${promise.id}/aktiviteter/${a.id}/ta-bort`} className="rounded border border-red-700 px-2 py-1 text-red-800 no-underline">
                          {m.activities.remove}<span className="sr-only"> {number}</span>
                        </Link>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {editable && (
          <div className="mt-6 rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{m.activities.addHeading}</h3>
            <ActivityForm action={createActivityAction} promiseId={promise.id} goals={goalOptions} organisations={organisations} submitLabel={m.activities.add} formId="add-activity" />
          </div>
        )}
      </section>

      <PromiseLinks goals={promise.goals.map((g) => g.goal)} dialogues={promise.dialogues.map((d) => d.dialogue)} municipalityId={promise.municipalityId} actor={actor} />

      <BasisDocumentList documents={promise.basisDocs.map((b) => b.basisDocument)} />
      <SignatoryList signatories={[...promise.signatories].sort((a, b) => a.position - b.position)} />
    </article>
  );
}

