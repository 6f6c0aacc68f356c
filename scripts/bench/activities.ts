// Activity rows, a promise's or an action plan's: one column list for both kinds, because
// the rows of a table go out in one INSERT (see rows.ts).
import { randomUUID } from "node:crypto";
import type { Rows } from "./rows";

interface ActivityFields {
  promiseId?: string;
  actionPlanId?: string;
  goalId: string | null;
  position: number;
  title: string;
  status: string;
  responsibleOrgIds: string[];
  planColumns?: { cause: string; operationalGoal: string; effortKind: string; dueOn: Date; rating: string };
}

export const ACTIVITY_TEXT = {
  scope: "Fyra vandringar per termin med boende, föreningar och polis.",
  timing: "Kvällstid, varannan vecka under terminerna.",
  responsible: "Kommunledningsförvaltningen tillsammans med lokalpolisområdet",
  followUp: "Antal genomförda vandringar och antal deltagare.",
  evaluation: "Kommunen och polisen genom det brottsförebyggande rådet.",
  targetValue: 24,
  targetUnit: "vandringar",
} as const;

export function addActivity(rows: Rows, now: Date, a: ActivityFields): string {
  const id = randomUUID();
  const plan = a.planColumns;
  rows.add("Activity", {
    id,
    promiseId: a.promiseId ?? null,
    actionPlanId: a.actionPlanId ?? null,
    goalId: a.goalId,
    position: a.position,
    title: a.title,
    ...ACTIVITY_TEXT,
    status: a.status,
    cause: plan?.cause ?? null,
    operationalGoal: plan?.operationalGoal ?? null,
    effortKind: plan?.effortKind ?? null,
    municipalityContribution: plan ? "Kommunen: personal och lokaler." : null,
    policeContribution: plan ? "Polisen: närvaro och lägesbild." : null,
    dueOn: plan?.dueOn ?? null,
    rating: plan?.rating ?? null,
    updatedAt: now,
  });
  for (const organisationId of a.responsibleOrgIds) rows.add("ActivityResponsible", { activityId: id, organisationId });
  return id;
}

export function addFollowUp(rows: Rows, now: Date, activityId: string, periodType: string, periodStart: Date, status: string, rating: string | null) {
  const id = randomUUID();
  rows.add("ActivityFollowUp", { id, activityId, periodType, periodStart, done: "Genomfört enligt plan.", comment: "", status, rating, updatedAt: now });
  rows.add("FollowUpFigure", { id: randomUUID(), followUpId: id, label: ACTIVITY_TEXT.targetUnit, value: 2, countsTowardsTarget: true });
}
