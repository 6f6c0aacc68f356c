import "server-only";
import type { PromiseStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { PromiseSnapshot } from "@/lib/promises/snapshot";

/**
 * Everything the public site reads about promises comes through here, and only from
 * approved publications of promises that are published or completed. A draft cannot
 * leak through a forgotten filter because drafts never reach a publication.
 */

const PUBLIC_STATUSES: PromiseStatus[] = ["PUBLISHED", "COMPLETED"];

export interface PublicPromise {
  municipality: { slug: string; name: string };
  status: PromiseStatus;
  publishedAt: Date;
  content: PromiseSnapshot;
}

export interface PublicMunicipality {
  slug: string;
  name: string;
  promises: { slug: string; title: string; status: PromiseStatus; periodStart: string; periodEnd: string }[];
}

async function latestPublications(where: { municipality?: { slug: string }; slug?: string }) {
  const prisma = await db();
  const promises = await prisma.citizenPromise.findMany({
    where: { ...where, status: { in: PUBLIC_STATUSES } },
    select: {
      status: true,
      municipality: { select: { slug: true, name: true } },
      publications: { orderBy: { publishedAt: "desc" }, take: 1, select: { snapshot: true, publishedAt: true } },
    },
  });
  return promises.flatMap((p): PublicPromise[] => {
    const publication = p.publications[0];
    if (!publication) return [];
    return [
      {
        municipality: p.municipality,
        status: p.status,
        publishedAt: publication.publishedAt,
        content: publication.snapshot as unknown as PromiseSnapshot,
      },
    ];
  });
}

export async function listPublicMunicipalities(): Promise<PublicMunicipality[]> {
  const prisma = await db();
  const [municipalities, published] = await Promise.all([
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    latestPublications({}),
  ]);
  return municipalities.map((m) => ({
    ...m,
    promises: published
      .filter((p) => p.municipality.slug === m.slug)
      .map(summary)
      .sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
  }));
}

export async function findPublicMunicipality(slug: string): Promise<PublicMunicipality | null> {
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!municipality) return null;
  const published = await latestPublications({ municipality: { slug } });
  return { ...municipality, promises: published.map(summary).sort((a, b) => b.periodStart.localeCompare(a.periodStart)) };
}

export async function findPublicPromise(municipalitySlug: string, promiseSlug: string): Promise<PublicPromise | null> {
  const [found] = await latestPublications({ municipality: { slug: municipalitySlug }, slug: promiseSlug });
  return found ?? null;
}

function summary(p: PublicPromise) {
  const { slug, title, periodStart, periodEnd } = p.content;
  return { slug, title, status: p.status, periodStart, periodEnd };
}
