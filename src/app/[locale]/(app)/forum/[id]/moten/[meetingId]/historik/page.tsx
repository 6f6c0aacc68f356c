import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/history/history-table";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/format/dates";
import { meetingHistoryForActor } from "@/lib/forums/history";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.history };
}

/** A meeting's history with its action items: members of the forum only. */
export default async function MeetingHistoryPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, meetingId } = await params;
  const found = await meetingHistoryForActor(actor, id, meetingId, locale);
  if (!found) notFound();
  const m = messages(locale);
  const { forum, meeting } = found;
  const title = format(locale, m.agreements.historyTitle, { title: `${forum.name}: ${format(locale, m.meetings.title, { date: formatDateTime(meeting.startsAt, locale) })}` });
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
