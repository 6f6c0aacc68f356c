import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { findAnalysisForActor } from "@/lib/analyses/queries";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

/** Every version of the lägesbild and its indicators. */
export default async function AnalysisHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const analysis = await findAnalysisForActor(actor, (await params).id);
  if (!analysis) notFound();
  const m = messages(locale);
  const entries = await readableHistoryOf(actor, "SituationalAnalysis", analysis.id, locale);
  const title = `${m.agreements.history}: ${analysis.title}`;
  return (
    <>
      <p className="text-sm"><Link href={`/lagesbild/${analysis.id}`}>{analysis.title}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={entries} caption={title} />
    </>
  );
}
