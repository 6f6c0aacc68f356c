import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { actionPlanScopeWhere } from "@/lib/auth/scope";
import type { Prisma } from "@/generated/prisma/client";
import { dueDateOf, FINISHED, isLateRow, lateRowsWhere } from "@/lib/dashboard/figures";
import { WORK_PAGE_SIZE } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";
import { agreementCycleResource } from "./mutations";

/** An action plan the actor may read, with its measures, their follow-up, approvals and decisions; or null. */
export async function findActionPlanForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const plan = await prisma.actionPlan.findFirst({
    where: { id, ...actionPlanScopeWhere(actor) },
    include: {
      agreement: {
        select: {
          id: true,
          title: true,
          municipalityId: true,
          policeAreaId: true,
          municipality: { select: { id: true, name: true, slug: true } },
          policeArea: { select: { id: true, name: true } },
          forums: { select: { id: true } },
          goals: { select: { id: true, parentId: true, position: true, title: true, description: true } },
        },
      },
      analysis: { select: { id: true, title: true, asOf: true, indicators: { orderBy: { position: "asc" }, include: { values: { orderBy: { measuredOn: "asc" } } } } } },
      activities: {
        orderBy: { position: "asc" },
        include: {
          goal: { select: { id: true, title: true } },
          indicator: { include: { values: { orderBy: { measuredOn: "asc" } } } },
          responsibleOrgs: { select: { organisationId: true, organisation: { select: { name: true } } } },
          followUps: { orderBy: { periodStart: "desc" }, include: { figures: true } },
        },
      },
      approvals: { orderBy: { approvedAt: "asc" }, include: { user: { select: { name: true, organisation: { select: { name: true } } } } } },
      publication: { select: { adoptedAt: true, planVersion: true } },
      decisions: { orderBy: { decidedOn: "desc" } },
    },
  });
  if (!plan) return null;
  if (!authorize(actor, "cycle.read", agreementCycleResource(plan.agreement))) return null;
  return plan;
}

export type ActionPlanDetail = NonNullable<Awaited<ReturnType<typeof findActionPlanForActor>>>;

/** The plans under an agreement, newest period first. */
export async function listActionPlansOfAgreement(actor: Actor, agreementId: string) {
  const prisma = await db();
  return prisma.actionPlan.findMany({
    where: { agreementId, ...actionPlanScopeWhere(actor) },
    orderBy: { periodStart: "desc" },
    take: 50,
    select: { id: true, title: true, status: true, periodStart: true, periodEnd: true, published: true, _count: { select: { activities: true } } },
  });
}

/**
 * Measures of action plans the actor's organisation is responsible for that are red or
 * late, by the rule of the overview's own rows and figures (a measure without a date is due
 * when its plan ends) and never finished ones: for the overview. Decided in SQL, so only
 * those rows are read.
 */
export async function measuresNeedingAttention(actor: Actor, today = new Date(), page = 1) {
  const prisma = await db();
  const where: Prisma.ActivityWhereInput = {
    actionPlan: actionPlanScopeWhere(actor),
    responsibleOrgs: { some: { organisationId: actor.organisation.id } },
    status: { notIn: FINISHED },
    OR: [{ rating: "RED" }, lateRowsWhere(today)],
  };
  const found = await readPage(
    page,
    (window) =>
      prisma.activity.findMany({
        where,
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        ...window,
        // The municipality: a police area's plans share their titles ("Åtgärdsplan 2026–2027").
        select: { id: true, title: true, dueOn: true, status: true, rating: true, actionPlan: { select: { id: true, title: true, periodEnd: true, agreement: { select: { municipality: { select: { name: true } } } } } } },
      }),
    () => prisma.activity.count({ where }),
    WORK_PAGE_SIZE,
  );
  return { ...found, rows: found.rows.map((r) => ({ ...r, due: dueDateOf(r), late: isLateRow(r, today) })) };
}

/** A measure with its plan, if the actor may read the plan. */
export async function findMeasureForActor(actor: Actor, planId: string, activityId: string) {
  const plan = await findActionPlanForActor(actor, planId);
  const index = plan?.activities.findIndex((a) => a.id === activityId) ?? -1;
  if (!plan || index < 0) return null;
  return { plan, measure: plan.activities[index]!, number: index + 1 };
}

/** What the agreement page shows of the cycle: its action plans, decisions, joint commitments and linked forums. */
export async function agreementCycleSections(actor: Actor, agreementId: string) {
  const prisma = await db();
  const [plans, decisions, commitments, forums] = await Promise.all([
    listActionPlansOfAgreement(actor, agreementId),
    prisma.decision.findMany({ where: { agreementId, actionPlanId: null }, orderBy: { decidedOn: "desc" }, take: 100 }),
    prisma.agreementCommitment.findMany({ where: { agreementId }, orderBy: { position: "asc" } }),
    prisma.forum.findMany({ where: { agreementId }, orderBy: [{ level: "asc" }, { name: "asc" }], select: { id: true, name: true, level: true } }),
  ]);
  return { plans, decisions, commitments, forums };
}
