import "server-only";
import { unstable_cache } from "next/cache";
import type { PromiseStatus } from "@/generated/prisma/enums";
import { activityProgress, type ActivityProgress } from "@/lib/activities/progress";
import { db } from "@/lib/db";
import { PUBLIC_PROMISE_STATUSES } from "@/lib/promises/publishing";
import type { PromiseSnapshot } from "@/lib/promises/snapshot";

/**
 * Everything the public reads about promises comes through here, and only from approved
 * publications of promises that are published or completed. Drafts and unapproved
 * changes never reach a publication, so they cannot leak through a forgotten filter.
 * Progress (follow-up figures and status) is live: it needs no approval.
 */

export interface PublicPromise {
  municipality: { slug: string; name: string };
  status: PromiseStatus;
  publishedAt: Date;
  content: PromiseSnapshot;
}

export interface PromiseSummary {
  slug: string;
  title: string;
  status: PromiseStatus;
  periodStart: string;
  periodEnd: string;
  place: string | null;
  targetGroup: string | null;
}

export interface PublicMunicipality {
  slug: string;
  name: string;
  promises: PromiseSummary[];
}

export interface PromiseFilter {
  status?: PromiseStatus;
  /** Promises whose period includes this year. */
  year?: number;
  place?: string;
}

async function latestPublications(where: { municipality?: { slug: string }; slug?: string }) {
  const prisma = await db();
  const promises = await prisma.citizenPromise.findMany({
    where: { ...where, status: { in: [...PUBLIC_PROMISE_STATUSES] } },
    select: {
      status: true,
      municipality: { select: { slug: true, name: true } },
      publications: { orderBy: { publishedAt: "desc" }, take: 1, select: { snapshot: true, publishedAt: true } },
    },
  });
  return promises.flatMap((p): PublicPromise[] => {
    const publication = p.publications[0];
    if (!publication) return [];
    return [{ municipality: p.municipality, status: p.status, publishedAt: publication.publishedAt, content: publication.snapshot as unknown as PromiseSnapshot }];
  });
}

function summary(p: PublicPromise): PromiseSummary {
  const { slug, title, periodStart, periodEnd, place, targetGroup } = p.content;
  return { slug, title, status: p.status, periodStart, periodEnd, place, targetGroup };
}

const newestFirst = (a: PromiseSummary, b: PromiseSummary) => b.periodStart.localeCompare(a.periodStart);

export function matchesFilter(p: PromiseSummary, filter: PromiseFilter): boolean {
  if (filter.status && p.status !== filter.status) return false;
  if (filter.year && (Number(p.periodStart.slice(0, 4)) > filter.year || Number(p.periodEnd.slice(0, 4)) < filter.year)) return false;
  if (filter.place && p.place !== filter.place) return false;
  return true;
}

async function loadPublicMunicipalities(): Promise<PublicMunicipality[]> {
  const prisma = await db();
  const [municipalities, published] = await Promise.all([
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    latestPublications({}),
  ]);
  return municipalities.map((m) => ({
    ...m,
    promises: published.filter((p) => p.municipality.slug === m.slug).map(summary).sort(newestFirst),
  }));
}

async function loadPublicMunicipality(slug: string, filter: PromiseFilter) {
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!municipality) return null;
  const all = (await latestPublications({ municipality: { slug } })).map(summary).sort(newestFirst);
  return {
    ...municipality,
    promises: all.filter((p) => matchesFilter(p, filter)),
    /** Choices for the filter, from what is published. */
    places: [...new Set(all.map((p) => p.place).filter((x): x is string => Boolean(x)))].sort(),
    years: [...new Set(all.flatMap((p) => yearsOf(p)))].sort(),
  };
}

function yearsOf(p: PromiseSummary) {
  const years: number[] = [];
  for (let y = Number(p.periodStart.slice(0, 4)); y <= Number(p.periodEnd.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Live progress of the given activities, by activity id. */
export async function progressOf(activities: { id: string; targetValue: number | null; targetUnit: string | null }[]) {
  const prisma = await db();
  const followUps = await prisma.activityFollowUp.findMany({
    where: { activityId: { in: activities.map((a) => a.id) } },
    select: { activityId: true, periodStart: true, status: true, figures: { select: { label: true, value: true, countsTowardsTarget: true } } },
  });
  const result: Record<string, ActivityProgress> = {};
  for (const a of activities) result[a.id] = activityProgress(a, followUps.filter((f) => f.activityId === a.id));
  return result;
}

export async function findPublicPromise(municipalitySlug: string, promiseSlug: string) {
  const [found] = await latestPublications({ municipality: { slug: municipalitySlug }, slug: promiseSlug });
  if (!found) return null;
  return { ...found, progress: await progressOf(found.content.activities) };
}

/** Upcoming citizen dialogue meetings a municipality has announced. */
export async function upcomingDialogues(municipalitySlug: string, now = new Date()) {
  const prisma = await db();
  return prisma.citizenDialogue.findMany({
    where: { municipality: { slug: municipalitySlug }, announced: true, startsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, place: true, format: true, themes: true },
  });
}

/** One flat row per activity, with stable field names: the open-data shape (see README). */
async function loadOpenDataRows(municipalitySlug?: string) {
  const published = await latestPublications(municipalitySlug ? { municipality: { slug: municipalitySlug } } : {});
  const progress = await progressOf(published.flatMap((p) => p.content.activities));
  return published.map((p) => ({
    municipality: p.municipality.slug,
    municipality_name: p.municipality.name,
    promise_id: p.content.id,
    promise_slug: p.content.slug,
    title: p.content.title,
    status: p.status,
    period_start: p.content.periodStart,
    period_end: p.content.periodEnd,
    place: p.content.place,
    target_group: p.content.targetGroup,
    published_at: p.publishedAt.toISOString(),
    criteria: p.content.criteria,
    goals: p.content.goals.map((g) => g.title),
    activities: p.content.activities.map((a) => {
      const live = progress[a.id]!;
      return {
        activity_id: a.id,
        position: a.position + 1,
        activity: a.title,
        scope: a.scope,
        when: a.timing,
        responsible: a.responsible,
        follow_up: a.followUp,
        evaluation: a.evaluation,
        status: live.status,
        target_value: a.targetValue,
        target_unit: a.targetUnit,
        achieved_value: live.achieved,
        last_reported_period: live.lastPeriod ? live.lastPeriod.toISOString().slice(0, 10) : null,
      };
    }),
  }));
}

/**
 * The public reads are cached by Next under one tag; src/lib/public/revalidate.ts expires
 * it whenever something public changes. Results hold only strings and numbers, so they
 * survive the cache's serialisation unchanged.
 */
export const PUBLIC_CACHE_TAG = "public-content";
const cached = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string) =>
  unstable_cache(fn, [key], { tags: [PUBLIC_CACHE_TAG], revalidate: 300 });

export const listPublicMunicipalities = cached(loadPublicMunicipalities, "public-municipalities");
export const findPublicMunicipality = (slug: string, filter: PromiseFilter = {}) => cachedMunicipality(slug, filter);
const cachedMunicipality = cached(loadPublicMunicipality, "public-municipality");
export const openDataRows = cached(loadOpenDataRows, "public-open-data");
