import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { requireActor } from "@/lib/auth/current-actor";
import { dialogueHistoryForActor } from "@/lib/dialogues/queries";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

/** A citizen dialogue's history: for those who manage the municipality's dialogues. */
export default async function DialogueHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const found = await dialogueHistoryForActor(actor, (await params).id, locale);
  if (!found) notFound();
  const m = messages(locale);
  const title = format(locale, m.agreements.historyTitle, { title: found.dialogue.title });
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
