import "server-only";
import type { TrafficLight } from "@/generated/prisma/enums";
import type { ActionPlanSnapshot } from "@/lib/action-plans/snapshot";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";

/**
 * What the public may read of action plans: the frozen copy made when both parties adopted
 * one, and only when the municipality chose to publish it. Drafts and unpublished plans never
 * leave this module. Each measure's traffic light is live, like a promise's progress.
 */
const publicWhere = { status: "ADOPTED" as const, published: true, publication: { isNot: null } };

export interface PublicActionPlan {
  id: string;
  adoptedAt: Date;
  municipality: { name: string; slug: string };
  agreement: { id: string; public: boolean };
  content: ActionPlanSnapshot;
  ratings: Record<string, TrafficLight | null>;
}

export async function findPublicActionPlan(municipalitySlug: string, id: string): Promise<PublicActionPlan | null> {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const found = await prisma.actionPlan.findFirst({
    where: { id, agreement: { municipality: { slug: municipalitySlug } }, ...publicWhere },
    select: {
      id: true,
      publication: { select: { snapshot: true, adoptedAt: true } },
      agreement: { select: { id: true, publication: { select: { id: true } }, municipality: { select: { name: true, slug: true } } } },
      activities: { select: { id: true, rating: true } },
    },
  });
  if (!found?.publication) return null;
  return {
    id: found.id,
    adoptedAt: found.publication.adoptedAt,
    municipality: found.agreement.municipality,
    agreement: { id: found.agreement.id, public: found.agreement.publication !== null },
    content: found.publication.snapshot as unknown as ActionPlanSnapshot,
    ratings: Object.fromEntries(found.activities.map((a) => [a.id, a.rating])),
  };
}

/** The published plans of a municipality, newest period first (titles and periods from their copies). */
export async function listPublicActionPlans(municipalitySlug: string) {
  const prisma = await db();
  const plans = await prisma.actionPlan.findMany({
    where: { agreement: { municipality: { slug: municipalitySlug } }, ...publicWhere },
    orderBy: { periodStart: "desc" },
    take: 50,
    select: { id: true, publication: { select: { snapshot: true } } },
  });
  return plans.flatMap((p) => {
    if (!p.publication) return [];
    const { title, periodStart, periodEnd } = p.publication.snapshot as unknown as ActionPlanSnapshot;
    return [{ id: p.id, title, periodStart, periodEnd }];
  });
}

/** Every published plan's address parts, for the sitemap. */
export async function listPublicActionPlanRefs() {
  const prisma = await db();
  return prisma.actionPlan.findMany({
    where: publicWhere,
    select: { id: true, updatedAt: true, agreement: { select: { municipality: { select: { slug: true } } } } },
  });
}
