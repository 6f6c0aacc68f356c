import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/format/dates";
import { meetingHistoryForActor } from "@/lib/forums/history";
import { format, messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages().agreements.history };

/** A meeting's history with its action items: members of the forum only. */
export default async function MeetingHistoryPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const actor = await requireActor();
  const { id, meetingId } = await params;
  const found = await meetingHistoryForActor(actor, id, meetingId);
  if (!found) notFound();
  const m = messages(actor.locale);
  const { forum, meeting } = found;
  const title = format(m.agreements.historyTitle, { title: `${forum.name}: ${format(m.meetings.title, { date: formatDateTime(meeting.startsAt) })}` });
  return (
    <>
      <p className="text-sm">
        <Link href={`/forum/${forum.id}/moten/${meeting.id}`}>{m.meetings.backToMeeting}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={found.entries} caption={title} />
    </>
  );
}
