import "server-only";
import { uuidList } from "@/lib/db/uuid-list";
import { cachedDirectory, cachedForMunicipality, cachedIndex, readWhenServing } from "./cache-tags";
import { Prisma } from "@/generated/prisma/client";
import type { ActivityStatus, PromiseStatus } from "@/generated/prisma/enums";
import { countedFigureIdsSql } from "@/lib/activities/counted-periods-sql";
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

const newestFirst = (a: PromiseSummary, b: PromiseSummary) => b.periodStart.localeCompare(a.periodStart);

export function matchesFilter(p: PromiseSummary, filter: PromiseFilter): boolean {
  if (filter.status && p.status !== filter.status) return false;
  if (filter.year && (Number(p.periodStart.slice(0, 4)) > filter.year || Number(p.periodEnd.slice(0, 4)) < filter.year)) return false;
  if (filter.place && p.place !== filter.place) return false;
  return true;
}

/** Only public statuses, as SQL: `p` is the promise. */
const publicStatusSql = Prisma.sql`p.status::text IN (${Prisma.join([...PUBLIC_PROMISE_STATUSES])})`;

/**
 * What the lists show of each public promise, read in SQL from its latest publication:
 * a handful of fields, never the whole snapshot with its texts and activity plan.
 */
async function publicSummaries(municipalitySlug?: string) {
  const prisma = await db();
  const rows = await prisma.$queryRaw<(Omit<PromiseSummary, "status"> & { municipality: string; status: PromiseStatus })[]>`
    SELECT m.slug AS municipality, p.status::text AS status,
           pub.snapshot->>'slug' AS slug, pub.snapshot->>'title' AS title,
           pub.snapshot->>'periodStart' AS "periodStart", pub.snapshot->>'periodEnd' AS "periodEnd",
           pub.snapshot->>'place' AS place, pub.snapshot->>'targetGroup' AS "targetGroup"
    FROM "CitizenPromise" p
    JOIN "Municipality" m ON m.id = p."municipalityId"
    JOIN LATERAL (
      SELECT snapshot FROM "PromisePublication" WHERE "promiseId" = p.id ORDER BY "publishedAt" DESC LIMIT 1
    ) pub ON true
    WHERE ${publicStatusSql} ${municipalitySlug === undefined ? Prisma.empty : Prisma.sql`AND m.slug = ${municipalitySlug}`}
    ORDER BY m.slug, p.slug`;
  return rows.map(({ municipality, ...summary }) => ({ municipality, summary: summary as PromiseSummary }));
}

async function loadPublicMunicipalities(): Promise<PublicMunicipality[]> {
  const prisma = await db();
  const [municipalities, published] = await Promise.all([
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    publicSummaries(),
  ]);
  const bySlug = new Map<string, PromiseSummary[]>();
  for (const { municipality, summary } of published) {
    const list = bySlug.get(municipality);
    if (list) list.push(summary);
    else bySlug.set(municipality, [summary]);
  }
  return municipalities.map((m) => ({ ...m, promises: (bySlug.get(m.slug) ?? []).sort(newestFirst) }));
}

/** A municipality's public promises (all of them, newest first) with the choices for the filter. */
async function loadPublicMunicipality(slug: string) {
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!municipality) return null;
  const all = (await publicSummaries(slug)).map((p) => p.summary).sort(newestFirst);
  return {
    ...municipality,
    promises: all,
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

/**
 * Live progress of the given activities, by activity id. The follow-ups are read once and
 * grouped by activity in one pass, oldest period first (ties: the one saved last counts as
 * the latest, as in the open data).
 */
export async function progressOf(activities: { id: string; targetValue: number | null; targetUnit: string | null }[]) {
  const prisma = await db();
  const followUps = await prisma.activityFollowUp.findMany({
    where: { activityId: { in: activities.map((a) => a.id) } },
    orderBy: [{ periodStart: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
    select: { activityId: true, periodStart: true, periodType: true, status: true, done: true, figures: { select: { label: true, value: true, countsTowardsTarget: true } } },
  });
  const byActivity = new Map<string, typeof followUps>();
  for (const f of followUps) {
    const list = byActivity.get(f.activityId);
    if (list) list.push(f);
    else byActivity.set(f.activityId, [f]);
  }
  const result: Record<string, ActivityProgress> = {};
  for (const a of activities) result[a.id] = activityProgress(a, byActivity.get(a.id) ?? []);
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

/** What the open data says of an activity's progress: its latest status, the sum that counts towards its target, its last period. */
interface OpenDataProgress {
  status: ActivityStatus | null;
  achieved: number;
  lastPeriod: string | null;
}

/**
 * Progress of every activity of the given promises, aggregated in SQL: one row per activity
 * with follow-ups, however many periods were reported. The same figures as activityProgress:
 * status and last period from every follow-up, the sum from the counts towards the target
 * that count where periods overlap (countedFigureIdsSql, the SQL twin of countedFigures). Only
 * that figure is summed here, so only its rows go through the rule.
 */
async function openDataProgress(promiseIds: string[]): Promise<Map<string, OpenDataProgress>> {
  if (promiseIds.length === 0) return new Map();
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ activityId: string; status: ActivityStatus; lastPeriod: string; achieved: number }[]>`
    WITH f AS MATERIALIZED (
      SELECT fu.id, fu."activityId", fu."periodType", fu."periodStart", fu.status, fu."updatedAt"
      FROM "ActivityFollowUp" fu
      JOIN "Activity" a ON a.id = fu."activityId"
      WHERE a."promiseId" IN (${uuidList(promiseIds)})
    ),
    towards AS MATERIALIZED (
      SELECT x.id, x.value, x."countsTowardsTarget", x.label, f."activityId", f."periodType", f."periodStart"
      FROM f JOIN "FollowUpFigure" x ON x."followUpId" = f.id
      WHERE x."countsTowardsTarget"
    ),
    counted AS (${countedFigureIdsSql(Prisma.sql`SELECT * FROM towards`)}),
    -- Summed per activity before it meets f: joined to f per follow-up, PostgreSQL, which has no
    -- statistics of a CTE's columns, estimated 1.7 million rows for 16 500 follow-ups and compiled
    -- the query with JIT, which took longer than running it.
    achieved AS (SELECT t."activityId", sum(t.value) AS achieved FROM towards t JOIN counted ON counted.id = t.id GROUP BY t."activityId")
    SELECT f."activityId"::text AS "activityId",
           (array_agg(f.status::text ORDER BY f."periodStart" DESC, f."updatedAt" DESC, f.id DESC))[1] AS status,
           to_char(max(f."periodStart"), 'YYYY-MM-DD') AS "lastPeriod",
           COALESCE(max(s.achieved), 0)::float8 AS achieved
    FROM f
    LEFT JOIN achieved s ON s."activityId" = f."activityId"
    GROUP BY f."activityId"`;
  return new Map(rows.map(({ activityId, ...progress }) => [activityId, progress]));
}

interface PublicationPageRow {
  id: string;
  slug: string;
  status: PromiseStatus;
  municipality: string;
  municipalityName: string;
  snapshot: PromiseSnapshot | null;
  publishedAt: Date | null;
}

/**
 * Up to `limit` public promises after `after` (by municipality slug, then promise slug) with
 * their latest publication: one page of the export.
 */
async function publicationPage(municipalitySlug: string | undefined, after: { municipality: string; slug: string } | null, limit: number) {
  const prisma = await db();
  return prisma.$queryRaw<PublicationPageRow[]>`
    WITH page AS (
      SELECT p.id, p.slug, p.status::text AS status, m.slug AS municipality, m.name AS "municipalityName"
      FROM "CitizenPromise" p
      JOIN "Municipality" m ON m.id = p."municipalityId"
      WHERE ${publicStatusSql}
        ${municipalitySlug === undefined ? Prisma.empty : Prisma.sql`AND m.slug = ${municipalitySlug}`}
        ${after === null ? Prisma.empty : Prisma.sql`AND (m.slug, p.slug) > (${after.municipality}, ${after.slug})`}
      ORDER BY m.slug, p.slug
      LIMIT ${limit}
    )
    SELECT page.id::text AS id, page.slug, page.status, page.municipality, page."municipalityName",
           pub.snapshot, pub."publishedAt"
    FROM page
    LEFT JOIN LATERAL (
      SELECT snapshot, "publishedAt" FROM "PromisePublication" WHERE "promiseId" = page.id ORDER BY "publishedAt" DESC LIMIT 1
    ) pub ON true
    ORDER BY page.municipality, page.slug`;
}

function openDataPromise(p: PublicationPageRow & { snapshot: PromiseSnapshot; publishedAt: Date }, progress: Map<string, OpenDataProgress>) {
  const content = p.snapshot;
  return {
    municipality: p.municipality,
    municipality_name: p.municipalityName,
    promise_id: content.id,
    promise_slug: content.slug,
    title: content.title,
    status: p.status,
    period_start: content.periodStart,
    period_end: content.periodEnd,
    place: content.place,
    target_group: content.targetGroup,
    published_at: new Date(p.publishedAt).toISOString(),
    criteria: content.criteria,
    goals: content.goals.map((g) => g.title),
    activities: content.activities.map((a) => {
      const live = progress.get(a.id);
      return {
        activity_id: a.id,
        position: a.position + 1,
        activity: a.title,
        scope: a.scope,
        when: a.timing,
        responsible: a.responsible,
        follow_up: a.followUp,
        evaluation: a.evaluation,
        status: live?.status ?? null,
        target_value: a.targetValue,
        target_unit: a.targetUnit,
        achieved_value: live?.achieved ?? 0,
        last_reported_period: live?.lastPeriod ?? null,
      };
    }),
  };
}

/** One published promise in the open-data shape (see README), with one entry per activity. */
export type OpenDataPromise = ReturnType<typeof openDataPromise>;

/** How many promises the export reads, and holds, at a time. */
export const OPEN_DATA_BATCH = 100;

/**
 * The open data in batches of promises, by municipality and promise slug: each batch is
 * two queries (publications, then progress aggregated in SQL), and nothing of an earlier
 * batch is kept, so exporting the whole country takes as little memory as one batch.
 */
export async function* openDataBatches(municipalitySlug?: string, batchSize = OPEN_DATA_BATCH): AsyncGenerator<OpenDataPromise[]> {
  let after: { municipality: string; slug: string } | null = null;
  for (;;) {
    const page = await publicationPage(municipalitySlug, after, batchSize);
    const published = page.filter((p): p is PublicationPageRow & { snapshot: PromiseSnapshot; publishedAt: Date } => p.snapshot !== null && p.publishedAt !== null);
    const progress = await openDataProgress(published.map((p) => p.id));
    if (published.length > 0) yield published.map((p) => openDataPromise(p, progress));
    if (page.length < batchSize) return;
    const last = page[page.length - 1]!;
    after = { municipality: last.municipality, slug: last.slug };
  }
}

/** One municipality's open data, whole: small enough to cache (see openDataRows). */
async function loadOpenDataRows(municipalitySlug: string) {
  const rows: OpenDataPromise[] = [];
  for await (const batch of openDataBatches(municipalitySlug)) rows.push(...batch);
  return rows;
}

// The public reads are cached by Next per municipality or as lists (src/lib/public/cache-tags.ts);
// src/lib/public/revalidate.ts expires them when something public changes. Results hold only
// strings and numbers, so they survive the cache's serialisation unchanged.
export const listPublicMunicipalities = cachedIndex(loadPublicMunicipalities, "public-municipalities");

/** A municipality as the start page lists it: a name, a county and how many promises it has published. */
export interface MunicipalityIndexEntry {
  slug: string;
  name: string;
  code: string | null;
  promiseCount: number;
}

/** Every municipality with its count of public promises, in one aggregate query: a few bytes each, never the promises. */
async function loadPublicMunicipalityIndex(): Promise<MunicipalityIndexEntry[]> {
  const prisma = await db();
  return prisma.$queryRaw<MunicipalityIndexEntry[]>`
    SELECT m.slug, m.name, m.code,
           (SELECT count(*)::int FROM "CitizenPromise" p
             WHERE p."municipalityId" = m.id AND ${publicStatusSql}
               AND EXISTS (SELECT 1 FROM "PromisePublication" pub WHERE pub."promiseId" = p.id)) AS "promiseCount"
    FROM "Municipality" m
    ORDER BY m.name`;
}

export const listPublicMunicipalityIndex = cachedIndex(loadPublicMunicipalityIndex, "public-municipality-index");

/** The index as the start page reads it (see readWhenServing). */
export const startPageMunicipalityIndex = () => readWhenServing(listPublicMunicipalityIndex, [] as MunicipalityIndexEntry[]);

/**
 * Every municipality's slug. Reads that take a slug from the address check it here first,
 * so that an unknown slug is answered without a cache entry of its own: the cache holds
 * one entry per real municipality, however many addresses are tried.
 */
const municipalitySlugs = cachedDirectory(async () => (await (await db()).municipality.findMany({ select: { slug: true } })).map((m) => m.slug), "public-municipality-slugs");
const isMunicipality = async (slug: string) => (await municipalitySlugs()).includes(slug);

const cachedMunicipality = cachedForMunicipality(loadPublicMunicipality, "public-municipality");

/** A municipality's public promises that match the filter (filtered here, so the cache holds one entry per municipality). */
export async function findPublicMunicipality(slug: string, filter: PromiseFilter = {}) {
  if (!(await isMunicipality(slug))) return null;
  const municipality = await cachedMunicipality(slug);
  if (!municipality) return null;
  return { ...municipality, promises: municipality.promises.filter((p) => matchesFilter(p, filter)) };
}

const cachedOpenDataRows = cachedForMunicipality(loadOpenDataRows, "public-open-data");

/**
 * One municipality's open data, cached per municipality; an unknown slug has none. The
 * whole country is never one cache entry: it is streamed from openDataBatches().
 */
export async function openDataRows(municipalitySlug: string): Promise<OpenDataPromise[]> {
  if (!(await isMunicipality(municipalitySlug))) return [];
  return cachedOpenDataRows(municipalitySlug);
}

/**
 * When anything the public reads of a municipality's promises last changed: a publication
 * or a follow-up of a published promise. An ISO string (the cache keeps strings), or null.
 */
async function loadLatestPublicUpdate(slug: string): Promise<string | null> {
  const prisma = await db();
  const published = { municipality: { slug }, status: { in: [...PUBLIC_PROMISE_STATUSES] } };
  const [publication, followUp] = await Promise.all([
    prisma.promisePublication.aggregate({ _max: { publishedAt: true }, where: { promise: published } }),
    prisma.activityFollowUp.aggregate({ _max: { updatedAt: true }, where: { activity: { promise: published } } }),
  ]);
  const dates = [publication._max.publishedAt, followUp._max.updatedAt].filter((d): d is Date => d !== null);
  return dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString() : null;
}

const cachedLatestPublicUpdate = cachedForMunicipality(loadLatestPublicUpdate, "public-latest-update");

export async function latestPublicUpdate(slug: string): Promise<string | null> {
  return (await isMunicipality(slug)) ? cachedLatestPublicUpdate(slug) : null;
}

const pageMark = cachedForMunicipality(async (_slug: string) => true, "public-page-mark");

/**
 * Gives the page being rendered its municipality's cache tag (a cached read's tags are carried
 * by the page that made it), so a change in that municipality expires the page, whatever else
 * the page reads. An unknown slug gets no entry.
 */
export async function tagMunicipalityPage(slug: string): Promise<void> {
  if (await isMunicipality(slug)) await pageMark(slug);
}
