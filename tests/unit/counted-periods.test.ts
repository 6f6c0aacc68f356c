import { describe, expect, it } from "vitest";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import { countedFollowUps } from "@/lib/activities/counted-periods";
import { activityProgress } from "@/lib/activities/progress";

const followUp = (periodType: ReportingPeriod, periodStart: string, courses: number, participants = 0) => ({
  periodType,
  periodStart: new Date(`${periodStart}T00:00:00Z`),
  status: "ONGOING" as const,
  figures: [
    { label: "kurser", value: courses, countsTowardsTarget: true },
    { label: "deltagare", value: participants, countsTowardsTarget: false },
  ],
});
const activity = { targetValue: 20, targetUnit: "kurser" };
const periodsOf = (fs: { periodType: ReportingPeriod; periodStart: Date }[]) => fs.map((f) => `${f.periodType} ${f.periodStart.toISOString().slice(0, 7)}`);

describe("follow-ups of overlapping periods", () => {
  it("count a month and the tertial around it once: the tertial's figures replace the month's", () => {
    const progress = activityProgress(activity, [followUp("MONTH", "2026-02-01", 1, 10), followUp("TERTIAL", "2026-01-01", 3, 30)]);
    expect(progress).toMatchObject({ achieved: 3, percent: 15 });
    expect(progress.totals).toEqual([
      { label: "kurser", value: 3 },
      { label: "deltagare", value: 30 },
    ]);
  });

  it("count the year alone when months, tertials and the year are all reported", () => {
    const year = [
      followUp("MONTH", "2026-02-01", 1),
      followUp("MONTH", "2026-06-01", 2),
      followUp("TERTIAL", "2026-01-01", 4),
      followUp("TERTIAL", "2026-05-01", 5),
      followUp("YEAR", "2026-01-01", 12),
      // The next year has only a month so far: it adds to the year before.
      followUp("MONTH", "2027-01-01", 2),
    ];
    expect(activityProgress(activity, year).achieved).toBe(14);
    expect(periodsOf(countedFollowUps(year))).toEqual(["YEAR 2026-01", "MONTH 2027-01"]);
  });

  it("count a month outside the tertials that were reported, beside them", () => {
    const fs = [followUp("TERTIAL", "2026-01-01", 4), followUp("MONTH", "2026-03-01", 1), followUp("MONTH", "2026-05-01", 2), followUp("MONTH", "2026-06-01", 1)];
    expect(activityProgress(activity, fs).achieved).toBe(7);
  });

  it("do not double count a partial overlap: a half-year January–June before a tertial May–August", () => {
    const fs = [followUp("TERTIAL", "2026-05-01", 4), followUp("HALF_YEAR", "2026-01-01", 6), followUp("MONTH", "2026-07-01", 1), followUp("MONTH", "2026-08-01", 1)];
    // The tertial overlaps the half-year in May and June: it is left out, and July and August count as months.
    expect(periodsOf(countedFollowUps(fs))).toEqual(["HALF_YEAR 2026-01", "MONTH 2026-07", "MONTH 2026-08"]);
    expect(activityProgress(activity, fs).achieved).toBe(8);
  });

  it("let a shorter period count where a longer one it overlaps was itself left out", () => {
    // Delår (January–August) covers the second half-year's July and August, so the half-year is
    // left out; the third tertial (September–December) overlaps only that half-year and counts.
    const fs = [followUp("INTERIM", "2026-01-01", 8), followUp("HALF_YEAR", "2026-07-01", 6), followUp("TERTIAL", "2026-09-01", 3), followUp("MONTH", "2026-10-01", 1)];
    expect(periodsOf(countedFollowUps(fs))).toEqual(["INTERIM 2026-01", "TERTIAL 2026-09"]);
    expect(activityProgress(activity, fs).achieved).toBe(11);
  });

  it("add up periods that do not overlap, as before", () => {
    const months = Array.from({ length: 12 }, (_, i) => followUp("MONTH", `2026-${String(i + 1).padStart(2, "0")}-01`, 1, 5));
    const progress = activityProgress(activity, months);
    expect(progress.achieved).toBe(12);
    expect(progress.totals).toEqual([
      { label: "kurser", value: 12 },
      { label: "deltagare", value: 60 },
    ]);
    const tertials = ["2026-01-01", "2026-05-01", "2026-09-01"].map((d) => followUp("TERTIAL", d, 2));
    expect(activityProgress(activity, tertials).achieved).toBe(6);
  });

  it("keep the latest period's status and news, whichever follow-ups count", () => {
    const progress = activityProgress(activity, [followUp("TERTIAL", "2026-01-01", 4), { ...followUp("MONTH", "2026-03-01", 1), status: "DEVIATING" as const, done: "En kurs ställdes in." }]);
    expect(progress).toMatchObject({ achieved: 4, status: "DEVIATING", lastDone: "En kurs ställdes in.", lastPeriodType: "MONTH" });
    expect(progress.lastPeriod).toEqual(new Date("2026-03-01T00:00:00Z"));
  });
});
