import type { EffortKind } from "@/generated/prisma/enums";
import { isoDate } from "@/lib/promises/snapshot";
import { compareSwedish } from "@/lib/format/intl";

/**
 * The frozen copy of an adopted action plan: its measures with Brå's columns, as both
 * parties approved them. Follow-up (status, traffic light, figures) is not part of it: it
 * is reported live. Dates are ISO strings so the snapshot survives JSON unchanged.
 */
export interface ActionPlanSnapshot {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  analysis: { id: string; title: string; asOf: string } | null;
  measures: {
    id: string;
    position: number;
    goal: { id: string; title: string } | null;
    cause: string | null;
    title: string;
    operationalGoal: string | null;
    targetValue: number | null;
    targetUnit: string | null;
    indicator: { id: string; name: string; unit: string; baselineValue: number; baselineOn: string } | null;
    indicatorTarget: number | null;
    timing: string;
    dueOn: string | null;
    responsible: string;
    responsibleOrgs: string[];
    municipalityContribution: string | null;
    policeContribution: string | null;
    followUp: string;
    effortKind: EffortKind | null;
  }[];
}

export interface ActionPlanForSnapshot {
  id: string;
  title: string;
  periodStart: Date;
  periodEnd: Date;
  analysis: { id: string; title: string; asOf: Date } | null;
  activities: {
    id: string;
    position: number;
    goal: { id: string; title: string } | null;
    cause: string | null;
    title: string;
    operationalGoal: string | null;
    targetValue: number | null;
    targetUnit: string | null;
    indicator: { id: string; name: string; unit: string; baselineValue: number; baselineOn: Date } | null;
    indicatorTarget: number | null;
    timing: string;
    dueOn: Date | null;
    responsible: string;
    responsibleOrgs: { organisation: { name: string } }[];
    municipalityContribution: string | null;
    policeContribution: string | null;
    followUp: string;
    effortKind: EffortKind | null;
  }[];
}

export function buildActionPlanSnapshot(plan: ActionPlanForSnapshot): ActionPlanSnapshot {
  return {
    id: plan.id,
    title: plan.title,
    periodStart: isoDate(plan.periodStart),
    periodEnd: isoDate(plan.periodEnd),
    analysis: plan.analysis ? { id: plan.analysis.id, title: plan.analysis.title, asOf: isoDate(plan.analysis.asOf) } : null,
    measures: [...plan.activities]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        id: a.id,
        position: a.position,
        goal: a.goal ? { id: a.goal.id, title: a.goal.title } : null,
        cause: a.cause,
        title: a.title,
        operationalGoal: a.operationalGoal,
        targetValue: a.targetValue,
        targetUnit: a.targetUnit,
        indicator: a.indicator
          ? { id: a.indicator.id, name: a.indicator.name, unit: a.indicator.unit, baselineValue: a.indicator.baselineValue, baselineOn: isoDate(a.indicator.baselineOn) }
          : null,
        indicatorTarget: a.indicatorTarget,
        timing: a.timing,
        dueOn: a.dueOn ? isoDate(a.dueOn) : null,
        responsible: a.responsible,
        responsibleOrgs: a.responsibleOrgs.map((r) => r.organisation.name).sort(compareSwedish),
        municipalityContribution: a.municipalityContribution,
        policeContribution: a.policeContribution,
        followUp: a.followUp,
        effortKind: a.effortKind,
      })),
  };
}

/** The relations buildActionPlanSnapshot needs, for `include`. */
export const actionPlanSnapshotInclude = {
  analysis: { select: { id: true, title: true, asOf: true } },
  activities: {
    include: {
      goal: { select: { id: true, title: true } },
      indicator: { select: { id: true, name: true, unit: true, baselineValue: true, baselineOn: true } },
      responsibleOrgs: { select: { organisation: { select: { name: true } } } },
    },
  },
} as const;
