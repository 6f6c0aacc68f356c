import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HistoryTable } from "@/components/history/history-table";
import { historyTitle } from "@/components/history/history-title";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/format/dates";
import { meetingHistoryForActor } from "@/lib/forums/history";
import { format, messages, type Locale } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string; meetingId: string }> };

/** Read once a request: the tab title names the meeting, as the heading does. */
const read = cache(async (id: string, meetingId: string, locale: Locale) => meetingHistoryForActor(await requireActor(), id, meetingId, locale));

function titleOf(locale: Locale, forumName: string, startsAt: Date): string {
  return historyTitle(locale, `${forumName}: ${format(locale, messages(locale).meetings.title, { date: formatDateTime(startsAt, locale) })}`);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { id, meetingId } = await params;
  const found = await read(id, meetingId, locale);
  return { title: found ? titleOf(locale, found.forum.name, found.meeting.startsAt) : messages(locale).errors.notFoundTitle };
}

/** A meeting's history with its action items: members of the forum only. */
export default async function MeetingHistoryPage({ params }: Props) {
  const locale = await requestLocale();
  const { id, meetingId } = await params;
  const found = await read(id, meetingId, locale);
  if (!found) notFound();
  const m = messages(locale);
  const { forum, meeting } = found;
  const title = titleOf(locale, forum.name, meeting.startsAt);
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
