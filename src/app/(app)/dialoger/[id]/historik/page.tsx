import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { requireActor } from "@/lib/auth/current-actor";
import { dialogueHistoryForActor } from "@/lib/dialogues/queries";
import { format, messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages().agreements.history };

/** A citizen dialogue's history: for those who manage the municipality's dialogues. */
export default async function DialogueHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const found = await dialogueHistoryForActor(actor, (await params).id);
  if (!found) notFound();
  const m = messages(actor.locale);
  const title = format(m.agreements.historyTitle, { title: found.dialogue.title });
  return (
    <>
      <p className="text-sm">
        <Link href={`/dialoger/${found.dialogue.id}`}>{m.dialogues.backToDialogue}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={found.entries} caption={title} />
    </>
  );
}
