import { describe, expect, it } from "vitest";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import { countedFigures } from "@/lib/activities/counted-periods";
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
/** The periods whose count counts: the i-th follow-up reports 2^i, so the sum says which were added. */
const countedPeriods = (fs: { periodType: ReportingPeriod; periodStart: Date }[]) => {
  const { achieved } = countedFigures(fs.map((f, i) => ({ ...f, figures: [{ label: "kurser", value: 2 ** i, countsTowardsTarget: true }] })));
  return periodsOf(fs.filter((_, i) => achieved & (2 ** i)));
};
/** A follow-up with only the figures given (none: a status and text only). */
const reporting = (periodType: ReportingPeriod, periodStart: string, figures: Record<string, number>, count?: number) => ({
  periodType,
  periodStart: new Date(`${periodStart}T00:00:00Z`),
  status: "ONGOING" as const,
  figures: [
    ...(count === undefined ? [] : [{ label: "kurser", value: count, countsTowardsTarget: true }]),
    ...Object.entries(figures).map(([label, value]) => ({ label, value, countsTowardsTarget: false })),
  ],
});

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
    expect(countedPeriods((year))).toEqual(["YEAR 2026-01", "MONTH 2027-01"]);
  });

  it("count a month outside the tertials that were reported, beside them", () => {
    const fs = [followUp("TERTIAL", "2026-01-01", 4), followUp("MONTH", "2026-03-01", 1), followUp("MONTH", "2026-05-01", 2), followUp("MONTH", "2026-06-01", 1)];
    expect(activityProgress(activity, fs).achieved).toBe(7);
  });

  it("do not double count a partial overlap: a half-year January–June before a tertial May–August", () => {
    const fs = [followUp("TERTIAL", "2026-05-01", 4), followUp("HALF_YEAR", "2026-01-01", 6), followUp("MONTH", "2026-07-01", 1), followUp("MONTH", "2026-08-01", 1)];
    // The tertial overlaps the half-year in May and June: it is left out, and July and August count as months.
    expect(countedPeriods((fs))).toEqual(["HALF_YEAR 2026-01", "MONTH 2026-07", "MONTH 2026-08"]);
    expect(activityProgress(activity, fs).achieved).toBe(8);
  });

  it("let a shorter period count where a longer one it overlaps was itself left out", () => {
    // Delår (January–August) covers the second half-year's July and August, so the half-year is
    // left out; the third tertial (September–December) overlaps only that half-year and counts.
    const fs = [followUp("INTERIM", "2026-01-01", 8), followUp("HALF_YEAR", "2026-07-01", 6), followUp("TERTIAL", "2026-09-01", 3), followUp("MONTH", "2026-10-01", 1)];
    expect(countedPeriods((fs))).toEqual(["INTERIM 2026-01", "TERTIAL 2026-09"]);
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

  it("keep the months' count when the tertial around them reports none: a summary with only a status and text", () => {
    const months = ["2026-01-01", "2026-02-01", "2026-03-01"].map((d) => reporting("MONTH", d, { deltagare: 10 }, 1));
    const progress = activityProgress(activity, [reporting("TERTIAL", "2026-01-01", {}), ...months]);
    expect(progress.achieved).toBe(3);
    expect(progress.totals).toEqual([
      { label: "kurser", value: 3 },
      { label: "deltagare", value: 30 },
    ]);
  });

  it("let the tertial's count replace the months' when it reports one", () => {
    const months = ["2026-01-01", "2026-02-01", "2026-03-01"].map((d) => reporting("MONTH", d, {}, 1));
    expect(activityProgress(activity, [reporting("TERTIAL", "2026-01-01", {}, 5), ...months]).achieved).toBe(5);
  });

  it("count each label by itself: the tertial's participants replace the months', the months' count stays", () => {
    const months = ["2026-02-01", "2026-03-01", "2026-04-01"].map((d) => reporting("MONTH", d, { deltagare: 10 }, 1));
    const progress = activityProgress(activity, [reporting("TERTIAL", "2026-01-01", { deltagare: 45 }), ...months]);
    expect(progress.achieved).toBe(3);
    expect(progress.totals).toEqual([
      { label: "deltagare", value: 45 },
      { label: "kurser", value: 3 },
    ]);
  });

  it("follow each label's own longer periods where they overlap in part", () => {
    // The half-year reports participants only, the tertial May–August both: the count is the
    // tertial's, the participants the half-year's and then July's and August's.
    const fs = [
      reporting("HALF_YEAR", "2026-01-01", { deltagare: 60 }),
      reporting("TERTIAL", "2026-05-01", { deltagare: 40 }, 4),
      reporting("MONTH", "2026-07-01", { deltagare: 7 }, 1),
      reporting("MONTH", "2026-08-01", { deltagare: 8 }, 1),
    ];
    expect(countedFigures(fs)).toEqual({
      achieved: 4,
      totals: [
        { label: "deltagare", value: 75 },
        { label: "kurser", value: 4 },
      ],
    });
  });

  it("take the count towards the target as one figure whatever its label, the unit when it was saved", () => {
    // The unit was renamed between the month and the tertial: the tertial's count still replaces the month's.
    const month = { ...reporting("MONTH", "2026-02-01", {}), figures: [{ label: "kurser", value: 1, countsTowardsTarget: true }] };
    const tertial = { ...reporting("TERTIAL", "2026-01-01", {}), figures: [{ label: "utbildningar", value: 4, countsTowardsTarget: true }] };
    expect(countedFigures([month, tertial])).toEqual({ achieved: 4, totals: [{ label: "utbildningar", value: 4 }] });
  });

  it("compare labels as saved: another spelling is another figure", () => {
    const progress = activityProgress(activity, [reporting("TERTIAL", "2026-01-01", { Deltagare: 40 }), reporting("MONTH", "2026-02-01", { deltagare: 10 })]);
    expect(progress.totals).toEqual([
      { label: "Deltagare", value: 40 },
      { label: "deltagare", value: 10 },
    ]);
  });
});
