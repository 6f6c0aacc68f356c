import { describe, expect, it } from "vitest";
import { describePeriod, periodStartOf } from "@/lib/activities/periods";
import { indicatorStanding } from "@/lib/analyses/indicators";
import { ageInMonths, cycleStatus, FIRST_PLAN_DUE } from "@/lib/cycle/status";
import { decisionState } from "@/lib/decisions/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("where a municipality stands against the law", () => {
  const base = { analysisAsOf: d("2024-03-31"), planAdoptedAt: d("2024-06-10"), planPeriodEnd: d("2025-12-31"), coordinatingFunction: "Brotts- och drogsamordnare", agreementPeriodEnd: d("2027-12-31"), revisionIntervalMonths: 24 };

  it("is current within the revision interval, due soon near it and overdue past it", () => {
    expect(cycleStatus(base, d("2025-01-01")).map((i) => [i.key, i.state])).toEqual([
      ["analysis", "OK"],
      ["actionPlan", "OK"],
      ["coordinator", "OK"],
      ["agreement", "OK"],
    ]);
    const analysis = (today: string) => cycleStatus(base, d(today)).find((i) => i.key === "analysis")!;
    expect(analysis("2026-02-01")).toMatchObject({ state: "DUE_SOON", due: d("2026-03-31") });
    expect(analysis("2026-04-01").state).toBe("OVERDUE");
    // The interval is the municipality's setting.
    expect(cycleStatus({ ...base, revisionIntervalMonths: 36 }, d("2026-04-01")).find((i) => i.key === "analysis")!.state).toBe("OK");
  });

  it("revises the plan when its own period ends, if that comes first", () => {
    const plan = cycleStatus(base, d("2025-11-01")).find((i) => i.key === "actionPlan")!;
    expect(plan).toMatchObject({ state: "DUE_SOON", due: d("2025-12-31") });
  });

  it("names what is missing, and what the law's first deadline made overdue", () => {
    const none = { analysisAsOf: null, planAdoptedAt: null, planPeriodEnd: null, coordinatingFunction: " ", agreementPeriodEnd: null, revisionIntervalMonths: 24 };
    expect(cycleStatus(none, d("2024-01-01")).map((i) => i.state)).toEqual(["MISSING", "MISSING", "MISSING", "MISSING"]);
    const later = cycleStatus(none, d("2025-01-01"));
    expect(later.map((i) => i.state)).toEqual(["OVERDUE", "OVERDUE", "MISSING", "MISSING"]);
    expect(later[1]!.due).toEqual(FIRST_PLAN_DUE);
  });

  it("counts a lägesbild's age in whole months", () => {
    expect(ageInMonths(d("2024-03-31"), d("2025-03-30"))).toBe(11);
    expect(ageInMonths(d("2024-03-31"), d("2025-03-31"))).toBe(12);
  });
});

describe("follow-up of measures", () => {
  it("names the interim report by its months and year", () => {
    expect(periodStartOf("INTERIM", d("2025-06-15"))).toEqual(d("2025-01-01"));
    expect(describePeriod("INTERIM", d("2025-01-01"), "sv")).toBe("januari–augusti 2025");
  });

  it("compares an indicator with its baseline and a target in either direction", () => {
    const crimes = { baselineValue: 92.4, baselineOn: d("2023-12-31"), values: [{ measuredOn: d("2024-12-31"), value: 88.1 }] };
    expect(indicatorStanding(crimes, 85)).toMatchObject({ latest: 88.1, change: -4.3, reached: false });
    expect(indicatorStanding({ ...crimes, values: [] }, null)).toMatchObject({ latest: 92.4, change: 0, reached: null });
    expect(indicatorStanding({ baselineValue: 60, baselineOn: d("2024-01-01"), values: [{ measuredOn: d("2025-01-01"), value: 71 }] }, 70).reached).toBe(true);
  });
});

describe("decisions with conditions", () => {
  it("are pending until the condition is met, overdue after its date", () => {
    const decision = { condition: "Om fullmäktige godkänner", conditionDueOn: d("2025-02-15"), conditionMetOn: null };
    expect(decisionState(decision, d("2025-02-15"))).toBe("PENDING");
    expect(decisionState(decision, d("2025-02-17"))).toBe("OVERDUE");
    expect(decisionState({ ...decision, conditionMetOn: d("2025-02-15") }, d("2025-03-01"))).toBe("IN_FORCE");
    expect(decisionState({ condition: null, conditionDueOn: null, conditionMetOn: null })).toBe("IN_FORCE");
  });
});
