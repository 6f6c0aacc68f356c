import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HistoryTable } from "@/components/history/history-table";
import { historyTitle } from "@/components/history/history-title";
import { requireActor } from "@/lib/auth/current-actor";
import { forumHistoryForActor } from "@/lib/forums/history";
import { messages, type Locale } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

/** Read once a request: the tab title names the forum, as the heading does. */
const read = cache(async (id: string, locale: Locale) => forumHistoryForActor(await requireActor(), id, locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const found = await read((await params).id, locale);
  return { title: found ? historyTitle(locale, found.forum.name) : messages(locale).errors.notFoundTitle };
}

/** The forum's history with its meetings, action items, situational pictures and working groups: members only. */
export default async function ForumHistoryPage({ params }: Props) {
  const locale = await requestLocale();
  const found = await read((await params).id, locale);
  if (!found) notFound();
  const m = messages(locale);
  const title = historyTitle(locale, found.forum.name);
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
