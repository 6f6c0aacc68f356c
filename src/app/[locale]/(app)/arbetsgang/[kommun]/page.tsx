import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { RatingBadge } from "@/components/cycle/measure-table";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { cycleForMunicipality } from "@/lib/cycle/queries";
import { ageInMonths, type CycleItem, type CycleState } from "@/lib/cycle/status";
import { decisionState } from "@/lib/decisions/rules";
import { formatDate, formatPeriod } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateCycleSettingsAction } from "../actions";

const load = cache(cycleForMunicipality);
type Props = { params: Promise<{ kommun: string }>; searchParams: Promise<{ notice?: string }> };

const TONE: Record<CycleState, BadgeTone> = { OK: "success", DUE_SOON: "warning", OVERDUE: "danger", MISSING: "danger" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  const view = await load(actor, (await params).kommun);
  return { title: view ? format(locale, messages(locale).cycle.municipalityTitle, { name: view.municipality.name }) : messages(locale).errors.notFoundTitle };
}

/** Where one municipality stands against the law, each item explained in plain Swedish. */
export default async function MunicipalityCyclePage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const view = await load(actor, (await params).kommun);
  if (!view) notFound();
  const m = messages(locale);
  const c = m.cycle;
  const { municipality, analysis, agreement, plan, items } = view;
  const item = (key: CycleItem["key"]) => items.find((i) => i.key === key)!;
  const missing = items.filter((i) => i.state !== "OK");

  const detail: Record<CycleItem["key"], React.ReactNode> = {
    analysis: analysis ? (
      <>
        <Link href={`/lagesbild/${analysis.id}`}>{analysis.title}</Link>
        <span className="block">{format(locale, c.analysisSummary, { date: formatDate(analysis.asOf, locale), age: ageInMonths(analysis.asOf), indicators: analysis._count.indicators })}</span>
        {analysis.presentedOn && <span className="block">{format(locale, c.analysisPresented, { date: formatDate(analysis.presentedOn, locale), to: analysis.presentedTo ?? "–" })}</span>}
      </>
    ) : (
      <Link href="/lagesbild/ny">{c.analyses.new}</Link>
    ),
    actionPlan: plan ? (
      <>
        <Link href={`/atgardsplaner/${plan.id}`}>{plan.title}</Link>
        {plan.adoptedAt && <span className="block">{format(locale, c.planSummary, { date: formatDate(plan.adoptedAt, locale), period: formatPeriod(plan.periodStart, plan.periodEnd, locale) })}</span>}
        {plan.adoptedBy.length > 0 && (
          <span className="block">{format(locale, c.planAdoptedBy, { names: plan.adoptedBy.map((a) => `${a.user.name} (${a.user.organisation.name})`).join(", ") })}</span>
        )}
      </>
    ) : view.draftPlans > 0 ? (
      <span>{format(locale, c.planDrafts, { count: view.draftPlans })}</span>
    ) : agreement ? (
      <Link href={`/atgardsplaner/ny?avtal=${agreement.id}`}>{c.plans.new}</Link>
    ) : null,
    coordinator: <span>{municipality.coordinatingFunction ?? "–"}</span>,
    agreement: agreement ? (
      <>
        <Link href={`/avtal/${agreement.id}`}>{agreement.title}</Link>
        <span className="block">{formatPeriod(agreement.periodStart, agreement.periodEnd, locale)} · {agreement.policeArea.name} · {m.agreements.status[agreement.status]}</span>
      </>
    ) : null,
  };

  return (
    <article className="space-y-8">
      <header>
        <Notice code={(await searchParams).notice} />
        <h1 className="text-3xl font-bold text-brand-900">{format(locale, c.municipalityTitle, { name: municipality.name })}</h1>
        <p className="mt-2 max-w-3xl">{c.intro}</p>
      </header>

      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading" className="text-2xl font-semibold">{c.atAGlance}</h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-2">
          {(["analysis", "actionPlan", "coordinator", "agreement"] as const).map((key) => {
            const it = item(key);
            return (
              <li key={key} className="rounded-lg border border-slate-200 p-4">
                <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                  {c.items[key]} <Badge tone={TONE[it.state]}>{c.state[it.state]}</Badge>
                </h3>
                <p className="mt-1 text-sm text-muted">{c.explain[key]}</p>
                <div className="mt-2 text-sm">{detail[key]}</div>
                {it.due && (
                  <p className="mt-1 text-sm font-medium">
                    {it.state === "MISSING" || ((key === "analysis" && !analysis) || (key === "actionPlan" && !plan))
                      ? format(locale, c.firstDue, { date: formatDate(it.due, locale) })
                      : format(locale, key === "agreement" ? c.runsOut : c.nextRevision, { date: formatDate(it.due, locale) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading" className="text-2xl font-semibold">{c.missingTitle}</h2>
        {missing.length === 0 ? (
          <p className="mt-2 text-muted">{c.nothingMissing}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {missing.map((i) => (<li key={i.key}>{c.items[i.key]}: {c.state[i.state]}{i.due ? ` (${formatDate(i.due, locale)})` : ""}</li>))}
          </ul>
        )}
      </section>

      {plan && (
        <section aria-labelledby="ratings-heading">
          <h2 id="ratings-heading" className="text-2xl font-semibold">{c.ratingsTitle}</h2>
          <ul className="mt-2 flex flex-wrap gap-4">
            {(["GREEN", "YELLOW", "RED"] as const).map((r) => (
              <li key={r} className="flex items-center gap-2"><RatingBadge rating={r} /> {view.ratings[r] ?? 0}</li>
            ))}
            <li className="flex items-center gap-2"><RatingBadge rating={null} /> {view.ratings.NONE ?? 0}</li>
          </ul>
        </section>
      )}

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-2xl font-semibold">{c.pendingTitle}</h2>
        {view.pendingDecisions.length === 0 ? (
          <p className="mt-2 text-muted">{c.noPending}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {view.pendingDecisions.map((d) => (
              <li key={d.id}>
                <Link href={d.actionPlanId ? `/atgardsplaner/${d.actionPlanId}#beslut` : `/avtal/${d.agreementId}#beslut`}>{format(locale, c.decisions.summary, { body: d.body, date: formatDate(d.decidedOn, locale) })}</Link>
                {" · "}{c.decisions.state[decisionState(d)]}: {d.condition}
              </li>
            ))}
          </ul>
        )}
      </section>

      {view.mayWrite && (
        <section aria-labelledby="settings-heading" className="rounded-lg border border-slate-300 p-4">
          <h2 id="settings-heading" className="text-xl font-semibold">{c.settingsTitle}</h2>
          <ActionForm action={updateCycleSettingsAction} id="cycle-settings" labels={c.fields} className="mt-3 max-w-2xl space-y-4">
            <input type="hidden" name="municipalityId" value={municipality.id} />
            <input type="hidden" name="version" value={municipality.version} />
            <TextField name="coordinatingFunction" label={c.fields.coordinatingFunction} hint={c.fields.coordinatingFunctionHint} optional defaultValue={municipality.coordinatingFunction} />
            <TextField name="revisionIntervalMonths" type="wholeNumber" label={c.fields.revisionIntervalMonths} hint={c.fields.revisionIntervalHint} defaultValue={municipality.revisionIntervalMonths} />
            <SubmitButton>{c.settingsSave}</SubmitButton>
          </ActionForm>
        </section>
      )}
      <p><Link href="/lagesbild">{c.analyses.title}</Link></p>
    </article>
  );
}
