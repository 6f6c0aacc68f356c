import { describe, expect, it } from "vitest";
import { choiceOfPeriod, chosenPeriod, followUpYears, PERIOD_CHOICES } from "@/lib/activities/period-choice";
import { ZCreateFollowUp } from "@/lib/activities/schemas";

const base = { activityId: "00000000-0000-4000-8000-000000000001", done: "", comment: "", status: "ONGOING", achieved: "", figures: [] };
const parse = (fields: Record<string, string>) => ZCreateFollowUp.safeParse({ ...base, ...fields });
const issuesAt = (fields: Record<string, string>) => (parse(fields).error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));

describe("a follow-up's period", () => {
  it("is the period chosen, whatever month it is reported in: a delår is January–August of its year", () => {
    expect(parse({ period: "INTERIM", periodYear: "2025" }).data).toMatchObject({ periodType: "INTERIM", periodStart: new Date("2025-01-01") });
    expect(parse({ period: "T3", periodYear: "2025" }).data).toMatchObject({ periodType: "TERTIAL", periodStart: new Date("2025-09-01") });
    expect(parse({ period: "M10", periodYear: "2025" }).data).toMatchObject({ periodType: "MONTH", periodStart: new Date("2025-10-01") });
    expect(parse({ period: "H2", periodYear: "2025" }).data).toMatchObject({ periodType: "HALF_YEAR", periodStart: new Date("2025-07-01") });
  });

  it("is never guessed from a date: a delår dated in October is refused, asking for the period", () => {
    expect(issuesAt({ periodType: "INTERIM", periodStart: "2025-10-15" })).toContainEqual({ path: "period", message: "activities.errors.periodRequired" });
  });

  it("is refused, at its field, when the period has not begun", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(issuesAt({ period: "T1", periodYear: String(nextYear) })).toEqual([{ path: "period", message: "activities.errors.futurePeriod" }]);
  });

  it("without a choice or a year, is explained at the field left out instead of failing the whole form", () => {
    expect(issuesAt({ period: "", periodYear: "2025" })).toEqual([{ path: "period", message: "activities.errors.periodRequired" }]);
    expect(issuesAt({ period: "Q5", periodYear: "2025" })).toEqual([{ path: "period", message: "activities.errors.periodRequired" }]);
    for (const periodYear of ["", "tjugo", "20255", "2025.5", "2025.0", "2e3", "0x7e9"]) {
      expect(issuesAt({ period: "T1", periodYear }), periodYear).toEqual([{ path: "periodYear", message: "validation.year" }]);
    }
  });

  it("shows again, when a follow-up is changed, as the choice and year it was recorded with", () => {
    for (const choice of PERIOD_CHOICES) {
      const { periodType, periodStart } = chosenPeriod(choice, 2024);
      expect(choiceOfPeriod(periodType, periodStart), choice).toEqual({ period: choice, year: 2024 });
    }
  });

  it("offers the years from the promise's or plan's start to this year, newest first, and a year already recorded", () => {
    const now = new Date("2026-11-28");
    const span = (start: string, end = "2028-12-31") => ({ periodStart: new Date(start), periodEnd: new Date(end) });
    expect(followUpYears(span("2024-03-01"), now)).toEqual([2026, 2025, 2024]);
    expect(followUpYears(span("2027-01-01"), now)).toEqual([2026]);
    expect(followUpYears(span("2025-01-01"), now, 2023)).toEqual([2026, 2025, 2024, 2023]);
  });

  it("offers no year after the promise or plan ended", () => {
    const now = new Date("2026-11-28");
    expect(followUpYears({ periodStart: new Date("2021-05-01"), periodEnd: new Date("2023-12-31") }, now)).toEqual([2023, 2022, 2021]);
  });
});

describe("a follow-up's count", () => {
  it("is read as written, with spaces between thousands as Swedish writes them", () => {
    expect(parse({ period: "T1", periodYear: "2025", achieved: "1 200" }).data).toMatchObject({ achieved: 1200 });
    expect(parse({ period: "T1", periodYear: "2025", achieved: "1\u00a0200" }).data).toMatchObject({ achieved: 1200 });
    expect(parse({ period: "T1", periodYear: "2025", achieved: " 7 " }).data).toMatchObject({ achieved: 7 });
  });

  it("is refused at its field when it is not a whole number in digits", () => {
    for (const achieved of ["3.0", "1e2", "0x10", "-1", "tre", "1,5"]) {
      expect(issuesAt({ period: "T1", periodYear: "2025", achieved }), achieved).toEqual([{ path: "achieved", message: "activities.errors.count" }]);
    }
  });
});
