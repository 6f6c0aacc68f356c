import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { findAgreementForActor } from "@/lib/agreements/queries";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages().agreements.history };

export default async function AgreementHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const agreement = await findAgreementForActor(actor, (await params).id);
  if (!agreement) notFound();
  const m = messages(actor.locale);
  const entries = await readableHistoryOf(actor, "Agreement", agreement.id);
  const title = format(m.agreements.historyTitle, { title: agreement.title });
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
