import { describe, expect, it } from "vitest";
import { defaultReportPeriod, parseReportPeriod, reportPeriodChoices, reportPeriodHolding, reportYears, type ReportSpan } from "@/lib/reports/agreement-report";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d("2026-11-28");
const span = (periods: [string, string][], followUps: [ReportSpan["followUps"][number]["periodType"], string][] = []): ReportSpan => ({
  periods: periods.map(([start, end]) => ({ periodStart: d(start), periodEnd: d(end) })),
  followUps: followUps.map(([periodType, start]) => ({ periodType, periodStart: d(start) })),
});

// The demo: the agreement of 2022–2023, its action plan of 2024–2025, followed up in autumn 2024.
const demo = span(
  [["2022-09-01", "2023-12-31"], ["2024-07-01", "2025-12-31"]],
  [["TERTIAL", "2024-09-01"], ["MONTH", "2024-10-01"]],
);

describe("the period a report opens on", () => {
  it("is today's tertial while the years the report covers include today", () => {
    expect(defaultReportPeriod(today, span([["2026-01-01", "2027-12-31"]])).key).toBe("T3-2026");
    // Even when the last follow-up is older: the current period is the one to report on.
    expect(defaultReportPeriod(today, span([["2026-01-01", "2027-12-31"]], [["TERTIAL", "2026-01-01"]])).key).toBe("T3-2026");
    expect(defaultReportPeriod(today).key).toBe("T3-2026");
  });

  it("is the latest period with follow-ups once the agreement and its plans have run out: the demo opens on its plan's autumn 2024", () => {
    expect(defaultReportPeriod(today, demo).key).toBe("T3-2024");
  });

  it("is the last tertial once everything has run out with nothing reported, and the first before anything begins", () => {
    expect(defaultReportPeriod(today, span([["2022-01-01", "2023-12-31"]])).key).toBe("T3-2023");
    expect(defaultReportPeriod(today, span([["2022-01-01", "2023-12-31"], ["2024-01-01", "2025-06-30"]])).key).toBe("T3-2025");
    expect(defaultReportPeriod(today, span([["2027-03-01", "2028-12-31"]])).key).toBe("T1-2027");
  });

  it("opens on the period that holds the latest follow-up whole, and never on one that has not begun", () => {
    // A year's follow-up and a month at its end: the year holds both.
    expect(defaultReportPeriod(today, span([["2024-01-01", "2025-12-31"]], [["MONTH", "2025-11-01"], ["YEAR", "2025-01-01"]])).key).toBe("2025");
    // The first half-year is in delår 2 (January–August).
    expect(defaultReportPeriod(today, span([["2024-01-01", "2025-12-31"]], [["HALF_YEAR", "2025-01-01"], ["MONTH", "2024-12-01"]])).key).toBe("D2-2025");
    // A follow-up of a period to come does not choose the period.
    expect(defaultReportPeriod(today, span([["2022-01-01", "2023-12-31"]], [["TERTIAL", "2023-05-01"], ["TERTIAL", "2030-01-01"]])).key).toBe("T2-2023");
  });

  it("names the shortest report period that holds a follow-up whole", () => {
    const holding = (type: ReportSpan["followUps"][number]["periodType"], start: string) => reportPeriodHolding({ periodType: type, periodStart: d(start) })?.key;
    expect(holding("MONTH", "2024-10-01")).toBe("T3-2024");
    expect(holding("TERTIAL", "2024-05-01")).toBe("T2-2024");
    expect(holding("HALF_YEAR", "2024-01-01")).toBe("D2-2024");
    expect(holding("HALF_YEAR", "2024-07-01")).toBe("2024");
    expect(holding("INTERIM", "2024-01-01")).toBe("D2-2024");
    expect(holding("YEAR", "2024-01-01")).toBe("2024");
  });
});

describe("the periods a report offers", () => {
  const agreementOnly = reportYears(span([["2022-09-01", "2023-12-31"]]));
  const keys = (years: number[], shown?: string) => reportPeriodChoices(years, shown ? parseReportPeriod(shown)! : undefined).map((p) => p.key);
  const yearKeys = (y: number) => [`T1-${y}`, `T2-${y}`, `T3-${y}`, `D2-${y}`, `${y}`];

  it("are the agreement's years, each with its tertials, delår 2 and the year", () => {
    expect(keys(agreementOnly)).toEqual([...yearKeys(2022), ...yearKeys(2023)]);
    expect(keys(agreementOnly, "T2-2023")).toEqual(keys(agreementOnly));
  });

  it("include the years of the agreement's action plans and of the follow-ups it reports", () => {
    expect(reportYears(demo)).toEqual([2022, 2023, 2024, 2025]);
    expect(keys(reportYears(demo))).toEqual([2022, 2023, 2024, 2025].flatMap(yearKeys));
    // A follow-up outside every period adds its own year, not the years between.
    expect(reportYears(span([["2022-09-01", "2023-12-31"]], [["MONTH", "2026-02-01"]]))).toEqual([2022, 2023, 2026]);
    // The default period is always among them.
    expect(keys(reportYears(demo))).toContain(defaultReportPeriod(today, demo).key);
  });

  it("include the period shown when it lies outside those years, in its place, so the form does not offer another one as chosen", () => {
    expect(keys(agreementOnly, "2024")).toEqual([...keys(agreementOnly), "2024"]);
    expect(keys(agreementOnly, "T3-2021")).toEqual(["T3-2021", ...keys(agreementOnly)]);
    expect(keys([2022, 2025], "T2-2023")).toEqual([...yearKeys(2022), "T2-2023", ...yearKeys(2025)]);
  });

  it("are at most twenty years, those nearest the period shown, and only years a period can name", () => {
    const wide = reportYears(span([["1990-01-01", "2150-12-31"]]));
    expect([wide[0], wide.at(-1)]).toEqual([2000, 2100]);
    const offered = reportPeriodChoices(wide, parseReportPeriod("T3-2026")!);
    expect(offered.length).toBe(20 * 5);
    expect(offered.map((p) => p.key)).toContain("T3-2026");
  });
});
