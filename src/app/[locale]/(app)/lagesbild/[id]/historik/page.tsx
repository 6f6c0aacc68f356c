import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HistoryTable } from "@/components/history/history-table";
import { historyTitle } from "@/components/history/history-title";
import { findAnalysisForActor } from "@/lib/analyses/queries";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

/** Read once a request: the tab title names the record, as the heading does. */
const find = cache(async (id: string) => findAnalysisForActor(await requireActor(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const analysis = await find((await params).id);
  return { title: analysis ? historyTitle(locale, analysis.title) : messages(locale).errors.notFoundTitle };
}

/** Every version of the lägesbild and its indicators. */
export default async function AnalysisHistoryPage({ params }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const analysis = await find((await params).id);
  if (!analysis) notFound();
  const m = messages(locale);
  const entries = await readableHistoryOf(actor, "SituationalAnalysis", analysis.id, locale);
  const title = historyTitle(locale, analysis.title);
  return (
    <>
      <p className="text-sm"><Link href={`/lagesbild/${analysis.id}`}>{analysis.title}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={entries} caption={title} />
    </>
  );
}
