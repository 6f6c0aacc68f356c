import "server-only";
import { localePath } from "@/lib/i18n/locale-path";
import { Feed } from "feed";
import { db } from "@/lib/db";
import { describePeriod } from "@/lib/activities/periods";
import { format, LANGUAGE_TAGS, messages, type Locale } from "@/lib/i18n";
import { findPublicPromise } from "./promises";

/** How many follow-ups a feed carries: a feed reader keeps what it has already fetched. */
const FEED_ITEMS = 50;

/**
 * A published promise as an Atom feed, for residents who want to be told when it moves:
 * its publication and the latest follow-ups of its published activities (what was done,
 * with status and period). Only what the public page shows; null for an unknown promise.
 */
export async function promiseFeed(municipalitySlug: string, promiseSlug: string, origin: string, locale: Locale): Promise<string | null> {
  const found = await findPublicPromise(municipalitySlug, promiseSlug);
  if (!found) return null;
  const m = messages(locale);
  const s = m.promise.summary;
  const pageUrl = `${origin}${localePath(locale, `/${found.municipality.slug}/medborgarloften/${found.content.slug}`)}`;
  const titles = new Map(found.content.activities.map((a) => [a.id, a.title]));
  const prisma = await db();
  const followUps = await prisma.activityFollowUp.findMany({
    where: { activityId: { in: [...titles.keys()] } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: FEED_ITEMS,
    select: { id: true, activityId: true, periodType: true, periodStart: true, status: true, done: true, comment: true, updatedAt: true },
  });

  const feed = new Feed({
    title: format(locale, s.feedTitle, { title: found.content.title }),
    id: pageUrl,
    link: pageUrl,
    language: LANGUAGE_TAGS[locale],
    copyright: found.municipality.name,
    // Atom requires an author of the feed or of every entry (RFC 4287, 4.1.1): the promise is the two parties'.
    author: { name: format(locale, s.feedAuthor, { municipality: found.municipality.name }) },
    updated: [found.publishedAt, ...followUps.map((f) => f.updatedAt)].reduce((a, b) => (a > b ? a : b)),
    feedLinks: { atom: `${pageUrl}/flode` },
  });
  for (const f of followUps) {
    const period = describePeriod(f.periodType, f.periodStart, locale);
    feed.addItem({
      id: `${pageUrl}#uppfoljning-${f.id}`,
      link: pageUrl,
      title: format(locale, s.feedItem, { activity: titles.get(f.activityId)!, status: m.activity.statusLabel[f.status], period }),
      description: [f.done, f.comment].filter((t) => t.trim()).join("\n\n") || m.activity.statusLabel[f.status],
      date: f.updatedAt,
    });
  }
  feed.addItem({ id: `${pageUrl}#publicerat`, link: pageUrl, title: `${s.feedPublished}: ${found.content.title}`, date: found.publishedAt });
  return feed.atom1();
}
