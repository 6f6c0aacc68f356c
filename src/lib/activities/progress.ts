import type { ActivityStatus } from "@/generated/prisma/enums";

export interface FollowUpForProgress {
  periodStart: Date;
  status: ActivityStatus;
  figures: { label: string; value: number; countsTowardsTarget: boolean }[];
}

export interface ActivityProgress {
  status: ActivityStatus | null;
  /** The sum of the figures that count towards the activity's target, e.g. courses held. */
  achieved: number;
  target: number | null;
  unit: string | null;
  /** 0–100 when there is a target. */
  percent: number | null;
  lastPeriod: Date | null;
  /** Every figure label with its total over all periods, e.g. participants. */
  totals: { label: string; value: number }[];
}

/** How far an activity has come against what its scope promised. Plain function. */
export function activityProgress(
  activity: { targetValue: number | null; targetUnit: string | null },
  followUps: FollowUpForProgress[],
): ActivityProgress {
  const ordered = [...followUps].sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
  const last = ordered.at(-1) ?? null;
  const achieved = ordered.flatMap((f) => f.figures).filter((x) => x.countsTowardsTarget).reduce((sum, x) => sum + x.value, 0);
  const totals = new Map<string, number>();
  for (const figure of ordered.flatMap((f) => f.figures)) totals.set(figure.label, (totals.get(figure.label) ?? 0) + figure.value);
  const target = activity.targetValue;
  return {
    status: last?.status ?? null,
    achieved,
    target,
    unit: activity.targetUnit,
    percent: target && target > 0 ? Math.min(100, Math.round((achieved / target) * 100)) : null,
    lastPeriod: last?.periodStart ?? null,
    totals: [...totals].map(([label, value]) => ({ label, value })),
  };
}
