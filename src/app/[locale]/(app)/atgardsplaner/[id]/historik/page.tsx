import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { findActionPlanForActor } from "@/lib/action-plans/queries";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

/** The plan, its measures and their follow-up: the same history as a promise's. */
export default async function ActionPlanHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const plan = await findActionPlanForActor(actor, (await params).id);
  if (!plan) notFound();
  const m = messages(locale);
  const entries = await readableHistoryOf(actor, "ActionPlan", plan.id, locale);
  const title = `${m.agreements.history}: ${plan.title}`;
  return (
    <>
      <p className="text-sm"><Link href={`/atgardsplaner/${plan.id}`}>{m.cycle.plans.backToPlan}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={entries} caption={title} />
    </>
  );
}
