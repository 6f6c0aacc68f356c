import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

export default async function AgreementHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const agreement = await findAgreementForActor(actor, (await params).id);
  if (!agreement) notFound();
  const m = messages(locale);
  const entries = await readableHistoryOf(actor, "Agreement", agreement.id, locale);
  const title = format(locale, m.agreements.historyTitle, { title: agreement.title });
  return (
    <>
      <p className="text-sm">
        <Link href={`/avtal/${agreement.id}`}>{m.agreements.backToAgreement}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={entries} caption={title} />
    </>
  );
}
