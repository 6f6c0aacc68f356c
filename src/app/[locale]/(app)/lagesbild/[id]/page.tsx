import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { TextSection } from "@/components/documents/text-section";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { Notice } from "@/components/ui/notice";
import { formatFigure, indicatorStanding } from "@/lib/analyses/indicators";
import { analysisResource, findAnalysisForActor } from "@/lib/analyses/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { createIndicatorAction, deleteIndicatorValueAction, recordIndicatorValueAction } from "../../arbetsgang/actions";

const load = cache(findAnalysisForActor);
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return { title: (await load(actor, (await params).id))?.title ?? messages(locale).errors.notFoundTitle };
}

export default async function AnalysisPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const analysis = await load(actor, (await params).id);
  if (!analysis) notFound();
  const m = messages(locale);
  const a = m.cycle.analyses;
  const f = a.fields;
  const i = a.indicator;
  const mayWrite = authorize(actor, "cycle.write", await analysisResource(await db(), analysis));
  return (
    <article className="space-y-8">
      <header>
        <Notice code={(await searchParams).notice} />
        <p className="text-sm"><Link href="/lagesbild">{a.title}</Link></p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{analysis.title}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{m.cycle.analyses.fields.municipalityId}</dt>
          <dd>{analysis.municipality.name}</dd>
          <dt className="font-semibold">{f.asOf}</dt>
          <dd>{formatDate(analysis.asOf, locale)}</dd>
          {analysis.presentedOn && (
            <>
              <dt className="font-semibold">{f.presentedOn}</dt>
              <dd>{formatDate(analysis.presentedOn, locale)}{analysis.presentedTo ? ` · ${analysis.presentedTo}` : ""}</dd>
            </>
          )}
          {analysis.situationalPicture && (
            <>
              <dt className="font-semibold">{f.situationalPictureId}</dt>
              <dd>{format(locale, a.picture, { forum: analysis.situationalPicture.forum.name, date: formatDate(analysis.situationalPicture.weekOf, locale) })}</dd>
            </>
          )}
        </dl>
        <p className="mt-4 flex flex-wrap items-center gap-3">
          {mayWrite && (
            <Link href={`/lagesbild/${analysis.id}/redigera`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">{a.edit}</Link>
          )}
          <Link href={`/lagesbild/${analysis.id}/historik`}>{m.agreements.history}</Link>
        </p>
      </header>

      <TextSection title={f.crimeSurvey} text={analysis.crimeSurvey} />
      <section id="indikatorer">
        <h2 id="indikatorer-heading" className="text-2xl font-semibold">{a.indicators}</h2>
        <p className="mt-1 text-sm text-muted">{a.indicatorsIntro}</p>
        {analysis.indicators.length === 0 ? (
          <p className="mt-2 text-muted">{a.noIndicators}</p>
        ) : (
          <ScrollableTable label={a.indicators}>
            <table className="mt-3 w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{i.name}</th>
                  <th scope="col" className="p-2">{i.place} · {i.theme}</th>
                  <th scope="col" className="p-2">{i.baselineValue}</th>
                  <th scope="col" className="p-2">{i.latest}</th>
                  <th scope="col" className="p-2">{i.change}</th>
                  <th scope="col" className="p-2">{i.series}</th>
                </tr>
              </thead>
              <tbody>
                {analysis.indicators.map((ind) => {
                  const s = indicatorStanding(ind);
                  return (
                    <tr key={ind.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-semibold">{ind.name}<span className="block font-normal text-muted">{ind.unit}{ind.source ? ` · ${ind.source}` : ""}</span></th>
                      <td className="p-2">{[ind.place, ind.theme].filter(Boolean).join(" · ") || "–"}</td>
                      <td className="p-2">{formatFigure(s.baseline, locale)} ({formatDate(ind.baselineOn, locale)})</td>
                      <td className="p-2">{formatFigure(s.latest, locale)} ({formatDate(s.latestOn, locale)})</td>
                      <td className="p-2">{s.change > 0 ? "+" : ""}{formatFigure(s.change, locale)}</td>
                      <td className="p-2">
                        {ind.values.length === 0 ? (
                          "–"
                        ) : mayWrite ? (
                          // Each value with its removal: a mistaken one is corrected by removing it and recording it again.
                          <ul className="space-y-1">
                            {ind.values.map((v) => (
                              <li key={v.id} className="flex flex-wrap items-center gap-2">
                                <span>{formatDate(v.measuredOn, locale)}: {formatFigure(v.value, locale)}</span>
                                <ActionForm action={deleteIndicatorValueAction} id={`remove-value-${v.id}`}>
                                  <input type="hidden" name="id" value={v.id} />
                                  <SubmitButton variant="secondary" accessibleName={format(locale, a.removeValueName, { date: formatDate(v.measuredOn, locale), indicator: ind.name })}>
                                    {a.removeValue}
                                  </SubmitButton>
                                </ActionForm>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          ind.values.map((v) => `${formatDate(v.measuredOn, locale)}: ${formatFigure(v.value, locale)}`).join("; ")
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollableTable>
        )}
        {mayWrite && (
          <div className="mt-6 grid gap-6 md:grid-cols-2">
            <div className="rounded-lg border border-slate-300 p-4">
              <h3 className="mb-3 text-lg font-semibold">{a.addIndicator}</h3>
              <ActionForm action={createIndicatorAction} id="add-indicator" labels={i} className="space-y-3">
                <input type="hidden" name="analysisId" value={analysis.id} />
                <TextField name="name" label={i.name} />
                <TextField name="unit" label={i.unit} />
                <TextField name="place" label={i.place} optional />
                <TextField name="theme" label={i.theme} optional />
                <TextField name="source" label={i.source} optional />
                <TextField name="baselineValue" type="decimal" label={i.baselineValue} />
                <TextField name="baselineOn" type="date" label={i.baselineOn} />
                <SubmitButton>{a.addIndicator}</SubmitButton>
              </ActionForm>
            </div>
            {analysis.indicators.length > 0 && (
              <div className="rounded-lg border border-slate-300 p-4">
                <h3 className="mb-3 text-lg font-semibold">{a.addValue}</h3>
                <ActionForm action={recordIndicatorValueAction} id="add-indicator-value" labels={{ ...a.valueFields, indicatorId: i.name }} className="space-y-3">
                  <SelectField name="indicatorId" label={i.name} options={analysis.indicators.map((ind) => ({ value: ind.id, label: ind.name }))} />
                  <TextField name="measuredOn" type="date" label={a.valueFields.measuredOn} />
                  <TextField name="value" type="decimal" label={a.valueFields.value} />
                  <SubmitButton>{a.addValue}</SubmitButton>
                </ActionForm>
              </div>
            )}
          </div>
        )}
      </section>
      <TextSection title={f.otherInformation} text={analysis.otherInformation} />
      <TextSection title={f.analysis} text={analysis.analysis} />
      <TextSection title={f.sourcesUsed} text={analysis.sourcesUsed} />
      <TextSection title={f.sourcesLeftOut} text={analysis.sourcesLeftOut} />
      <TextSection title={f.limitations} text={analysis.limitations} />
      <TextSection title={f.participants} text={analysis.participants} />
      {analysis.actionPlans.length > 0 && (
        <section aria-labelledby="plans-heading">
          <h2 id="plans-heading" className="text-2xl font-semibold">{a.usedBy}</h2>
          <ul className="mt-2 list-disc pl-6">
            {analysis.actionPlans.map((p) => (<li key={p.id}><Link href={`/atgardsplaner/${p.id}`}>{p.title}</Link></li>))}
          </ul>
        </section>
      )}
    </article>
  );
}
