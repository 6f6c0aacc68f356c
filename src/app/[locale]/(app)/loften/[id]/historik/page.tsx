import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findPromiseForActor } from "@/lib/promises/queries";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

export default async function PromiseHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const promise = await findPromiseForActor(actor, (await params).id);
  if (!promise) notFound();
  const m = messages(locale);
  const entries = await readableHistoryOf(actor, "CitizenPromise", promise.id, locale);
  const title = format(locale, m.promises.historyTitle, { title: promise.title });
  return (
    <>
      <p className="text-sm">
        <Link href={`/loften/${promise.id}`}>{m.promises.backToPromise}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={entries} caption={title} />
    </>
  );
}
