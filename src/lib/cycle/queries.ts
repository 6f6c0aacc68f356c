import { REPLACEABLE_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { actionPlanScopeWhere, analysisScopeWhere } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { cycleStatus } from "./status";

/** Municipalities whose cycle the actor may see: their own (officials, police staff). */
export async function cycleMunicipalities(actor: Actor) {
  const prisma = await db();
  return prisma.municipality.findMany({
    where: actor.role === "ADMIN" ? {} : { id: { in: actor.role === "FORUM_MEMBER" ? [] : actor.municipalityIds } },
    orderBy: { name: "asc" },
    take: 300,
    select: { id: true, slug: true, name: true },
  });
}

/**
 * Everything the cycle page shows for one municipality: the current lägesbild, the current
 * agreement and its latest adopted action plan (adopted when, approved by whom), the
 * coordinating function, measures by traffic light (counted in SQL), pending decisions, and
 * what is missing or overdue.
 */
export async function cycleForMunicipality(actor: Actor, slug: string, today = new Date()) {
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, version: true, coordinatingFunction: true, revisionIntervalMonths: true },
  });
  if (!municipality) return null;
  const resource = { type: "cycle" as const, municipalityId: municipality.id, policeAreaId: null, linkedForumIds: [] };
  if (!authorize(actor, "cycle.read", resource)) return null;

  const [analysis, agreement] = await Promise.all([
    prisma.situationalAnalysis.findFirst({
      where: { municipalityId: municipality.id, ...analysisScopeWhere(actor) },
      orderBy: [{ asOf: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, asOf: true, presentedOn: true, presentedTo: true, _count: { select: { indicators: true } } },
    }),
    prisma.agreement.findFirst({
      // The latest adopted agreement, current or run out (then it shows as overdue for renewal).
      where: { municipalityId: municipality.id, status: { in: [...REPLACEABLE_AGREEMENT_STATUSES] } },
      orderBy: { periodStart: "desc" },
      select: { id: true, title: true, periodStart: true, periodEnd: true, status: true, policeArea: { select: { name: true } } },
    }),
  ]);
  const plan = await prisma.actionPlan.findFirst({
    where: { agreement: { municipalityId: municipality.id }, status: "ADOPTED", ...actionPlanScopeWhere(actor) },
    orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      periodStart: true,
      periodEnd: true,
      published: true,
      publication: { select: { adoptedAt: true, planVersion: true } },
      approvals: { where: { purpose: "ADOPT_ACTION_PLAN" }, orderBy: { approvedAt: "asc" }, select: { party: true, subjectVersion: true, withdrawnAt: true, user: { select: { name: true, organisation: { select: { name: true } } } } } },
    },
  });
  const adoptedBy = plan?.publication ? plan.approvals.filter((a) => !a.withdrawnAt && a.subjectVersion === plan.publication!.planVersion) : [];
  const [ratings, draftPlans, pendingDecisions] = await Promise.all([
    plan ? prisma.activity.groupBy({ by: ["rating"], where: { actionPlanId: plan.id }, _count: { _all: true } }) : Promise.resolve([]),
    prisma.actionPlan.count({ where: { agreement: { municipalityId: municipality.id }, status: "DRAFT", ...actionPlanScopeWhere(actor) } }),
    prisma.decision.findMany({
      where: { municipalityId: municipality.id, condition: { not: null }, conditionMetOn: null },
      orderBy: { decidedOn: "desc" },
      take: 20,
      select: { id: true, body: true, decidedOn: true, condition: true, conditionDueOn: true, conditionMetOn: true, agreementId: true, actionPlanId: true, decision: true },
    }),
  ]);
  const items = cycleStatus(
    {
      analysisAsOf: analysis?.asOf ?? null,
      planAdoptedAt: plan?.publication?.adoptedAt ?? null,
      planPeriodEnd: plan?.periodEnd ?? null,
      coordinatingFunction: municipality.coordinatingFunction,
      agreementPeriodEnd: agreement?.periodEnd ?? null,
      revisionIntervalMonths: municipality.revisionIntervalMonths,
    },
    today,
  );
  return {
    municipality,
    analysis,
    agreement,
    plan: plan ? { ...plan, adoptedAt: plan.publication?.adoptedAt ?? null, adoptedBy } : null,
    ratings: Object.fromEntries(ratings.map((r) => [r.rating ?? "NONE", r._count._all])) as Record<"GREEN" | "YELLOW" | "RED" | "NONE", number | undefined>,
    draftPlans,
    pendingDecisions,
    items,
    mayWrite: authorize(actor, "cycle.write", resource),
  };
}

export type CycleView = NonNullable<Awaited<ReturnType<typeof cycleForMunicipality>>>;
