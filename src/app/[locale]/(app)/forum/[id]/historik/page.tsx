import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { requireActor } from "@/lib/auth/current-actor";
import { forumHistoryForActor } from "@/lib/forums/history";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

/** The forum's history with its meetings, action items, situational pictures and working groups: members only. */
export default async function ForumHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const found = await forumHistoryForActor(actor, (await params).id, locale);
  if (!found) notFound();
  const m = messages(locale);
  const title = format(locale, m.agreements.historyTitle, { title: found.forum.name });
  return (
    <>
      <p className="text-sm">
        <Link href={`/forum/${found.forum.id}`}>{m.meetings.backToForum}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={found.entries} caption={title} />
    </>
  );
}
