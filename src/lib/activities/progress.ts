import type { ActivityStatus, ReportingPeriod } from "@/generated/prisma/enums";
import { countedFigures, type Figure } from "./counted-periods";
import { periodEndOf } from "./periods";

export interface FollowUpForProgress {
  periodStart: Date;
  periodType: ReportingPeriod;
  status: ActivityStatus;
  figures: Figure[];
  /** What was done in the period, as reported; the public reads it as the latest news. */
  done?: string;
}

export interface ActivityProgress {
  status: ActivityStatus | null;
  /**
   * The sum of the figures that count towards the activity's target, e.g. courses held; of
   * overlapping periods, the longer follow-up's count replaces the shorter ones' where it gives
   * one (countedFigures).
   */
  achieved: number;
  target: number | null;
  unit: string | null;
  /** 0–100 when there is a target. */
  percent: number | null;
  lastPeriod: Date | null;
  lastPeriodType: ReportingPeriod | null;
  /** What the latest follow-up says was done, when it says anything. */
  lastDone: string | null;
  /** Every figure label with its total over all periods, e.g. participants (each label counted as `achieved` is). */
  totals: { label: string; value: number }[];
}

/** How far an activity has come against what its scope promised. Plain function. */
export function activityProgress(
  activity: { targetValue: number | null; targetUnit: string | null },
  followUps: FollowUpForProgress[],
): ActivityProgress {
  const ordered = [...followUps].sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  const last = ordered.at(-1) ?? null;
  const { achieved, totals } = countedFigures(ordered);
  const target = activity.targetValue;
  return {
    status: last?.status ?? null,
    achieved,
    target,
    unit: activity.targetUnit,
    percent: target && target > 0 ? Math.min(100, Math.round((achieved / target) * 100)) : null,
    lastPeriod: last?.periodStart ?? null,
    lastPeriodType: last?.periodType ?? null,
    lastDone: last?.done?.trim() ? last.done.trim() : null,
    totals,
  };
}

export interface PlanSummary {
  total: number;
  /** Done, or under way as planned. */
  onTrack: number;
  deviating: number;
  /** No follow-up yet, or only "planned". */
  notReported: number;
  cancelled: number;
  /** The newest period any activity was followed up for, and its kind. */
  lastPeriod: Date | null;
  lastPeriodType: ReportingPeriod | null;
  /**
   * True when the newest follow-up's period ended more than one period ago (a tertial's
   * follow-up is due when the next tertial ends), or when nothing has been reported a whole
   * tertial into the plan: the reader is told that the news is old.
   */
  overdue: boolean;
}

/** A plan's progress at a glance, from its activities' progress. Plain function. */
export function summarisePlan(progress: ActivityProgress[], planStart: Date, today = new Date()): PlanSummary {
  const count = (statuses: (ActivityStatus | null)[]) => progress.filter((p) => statuses.includes(p.status)).length;
  const latest = progress.filter((p) => p.lastPeriod).sort((a, b) => b.lastPeriod!.getTime() - a.lastPeriod!.getTime())[0];
  let overdue: boolean;
  if (latest) {
    const type = latest.lastPeriodType ?? "TERTIAL";
    const nextPeriodEnds = periodEndOf(type, periodEndOf(type, latest.lastPeriod!));
    overdue = today.getTime() > nextPeriodEnds.getTime();
  } else {
    overdue = progress.length > 0 && today.getTime() > periodEndOf("TERTIAL", periodEndOf("TERTIAL", planStart)).getTime();
  }
  return {
    total: progress.length,
    onTrack: count(["DONE", "ONGOING"]),
    deviating: count(["DEVIATING"]),
    notReported: count([null, "PLANNED"]),
    cancelled: count(["CANCELLED"]),
    lastPeriod: latest?.lastPeriod ?? null,
    lastPeriodType: latest?.lastPeriodType ?? null,
    overdue,
  };
}
