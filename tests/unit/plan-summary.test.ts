import { describe, expect, it } from "vitest";
import { activityProgress, summarisePlan } from "@/lib/activities/progress";
import { periodEndOf } from "@/lib/activities/periods";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const activity = { targetValue: null, targetUnit: null };
const followUp = (periodStart: string, status: "PLANNED" | "ONGOING" | "DONE" | "DEVIATING" | "CANCELLED", done = "") => ({
  periodStart: d(periodStart),
  periodType: "TERTIAL" as const,
  status,
  done,
  figures: [],
});

describe("a promise's progress at a glance", () => {
  const progress = [
    activityProgress(activity, [followUp("2026-01-01", "ONGOING"), followUp("2026-05-01", "DONE", "Fyra kurser hölls.")]),
    activityProgress(activity, [followUp("2026-05-01", "ONGOING")]),
    activityProgress(activity, [followUp("2026-05-01", "DEVIATING")]),
    activityProgress(activity, []),
    activityProgress(activity, [followUp("2026-01-01", "CANCELLED")]),
  ];

  it("counts activities done or on track, deviating, not reported and cancelled", () => {
    const summary = summarisePlan(progress, d("2026-01-01"), d("2026-06-15"));
    expect(summary).toMatchObject({ total: 5, onTrack: 2, deviating: 1, notReported: 1, cancelled: 1 });
    expect(summary.lastPeriod).toEqual(d("2026-05-01"));
    expect(progress[0]!.lastDone).toBe("Fyra kurser hölls.");
  });

  it("says the news is old once the period after the latest reported one has ended", () => {
    // The May–August tertial's follow-up is due by the end of December.
    expect(summarisePlan(progress, d("2026-01-01"), d("2026-12-31")).overdue).toBe(false);
    expect(summarisePlan(progress, d("2026-01-01"), d("2027-01-02")).overdue).toBe(true);
  });

  it("says so too when nothing at all was reported a whole tertial into the plan", () => {
    const none = [activityProgress(activity, [])];
    expect(summarisePlan(none, d("2026-01-01"), d("2026-08-31")).overdue).toBe(false);
    expect(summarisePlan(none, d("2026-01-01"), d("2026-09-02")).overdue).toBe(true);
  });

  it("knows where each kind of period ends", () => {
    expect(periodEndOf("TERTIAL", d("2026-06-10"))).toEqual(d("2026-09-01"));
    expect(periodEndOf("MONTH", d("2026-12-10"))).toEqual(d("2027-01-01"));
    expect(periodEndOf("YEAR", d("2026-06-10"))).toEqual(d("2027-01-01"));
  });
});
