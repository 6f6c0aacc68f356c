/**
 * Where a municipality stands against Lag (2023:196): a lägesbild, an action plan decided
 * on it, a coordinating function, all kept current. The law took effect on 1 July 2023 and
 * the first action plans were due by 1 July 2024; how often they are revised is the
 * municipality's setting (revisionIntervalMonths), not a constant. Plain function.
 */
export const LAW_IN_FORCE = new Date(Date.UTC(2023, 6, 1));
export const FIRST_PLAN_DUE = new Date(Date.UTC(2024, 6, 1));

export type CycleState = "OK" | "DUE_SOON" | "OVERDUE" | "MISSING";
export type CycleItemKey = "analysis" | "actionPlan" | "coordinator" | "agreement";

export interface CycleItem {
  key: CycleItemKey;
  state: CycleState;
  /** When it is next to be revised (lägesbild, plan) or runs out (agreement). */
  due: Date | null;
}

export interface CycleInput {
  analysisAsOf: Date | null;
  planAdoptedAt: Date | null;
  planPeriodEnd: Date | null;
  coordinatingFunction: string | null;
  agreementPeriodEnd: Date | null;
  revisionIntervalMonths: number;
}

/** Within this many days of a due date, the item is due soon. */
export const DUE_SOON_DAYS = 90;

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

function byDue(due: Date, today: Date): CycleState {
  if (due.getTime() < today.getTime()) return "OVERDUE";
  if (due.getTime() - today.getTime() <= DUE_SOON_DAYS * 24 * 60 * 60 * 1000) return "DUE_SOON";
  return "OK";
}

export function cycleStatus(input: CycleInput, today = new Date()): CycleItem[] {
  const items: CycleItem[] = [];
  const interval = input.revisionIntervalMonths;
  if (!input.analysisAsOf) items.push({ key: "analysis", state: today >= FIRST_PLAN_DUE ? "OVERDUE" : "MISSING", due: FIRST_PLAN_DUE });
  else {
    const due = addMonths(input.analysisAsOf, interval);
    items.push({ key: "analysis", state: byDue(due, today), due });
  }
  if (!input.planAdoptedAt) items.push({ key: "actionPlan", state: today >= FIRST_PLAN_DUE ? "OVERDUE" : "MISSING", due: FIRST_PLAN_DUE });
  else {
    // Revised by the interval, or when its own period ends, whichever is first.
    const byInterval = addMonths(input.planAdoptedAt, interval);
    const due = input.planPeriodEnd && input.planPeriodEnd < byInterval ? input.planPeriodEnd : byInterval;
    items.push({ key: "actionPlan", state: byDue(due, today), due });
  }
  items.push({ key: "coordinator", state: input.coordinatingFunction?.trim() ? "OK" : "MISSING", due: null });
  if (!input.agreementPeriodEnd) items.push({ key: "agreement", state: "MISSING", due: null });
  else items.push({ key: "agreement", state: byDue(input.agreementPeriodEnd, today), due: input.agreementPeriodEnd });
  return items;
}

/** Whole months between two dates, for "the lägesbild is 14 months old". */
export function ageInMonths(from: Date, today = new Date()): number {
  const months = (today.getUTCFullYear() - from.getUTCFullYear()) * 12 + (today.getUTCMonth() - from.getUTCMonth());
  return Math.max(0, today.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}
