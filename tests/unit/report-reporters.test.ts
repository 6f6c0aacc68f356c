import { describe, expect, it } from "vitest";
import { reportersOf } from "@/lib/reports/agreement-report";

const at = (day: number) => new Date(Date.UTC(2026, 8, day, 9));

describe("who reported in a report's period, as the report page summarises it", () => {
  it("counts each reporter's follow-ups and distinct rows, with the first and latest, most follow-ups first and the system apart", () => {
    const reports = [
      { rowId: "r1", reportedBy: "Anna (Kommunen)", reportedAt: at(3) },
      { rowId: "r1", reportedBy: "Anna (Kommunen)", reportedAt: at(1) },
      { rowId: "r2", reportedBy: "Anna (Kommunen)", reportedAt: at(20) },
      { rowId: "r3", reportedBy: null, reportedAt: at(5) },
      { rowId: "r2", reportedBy: "Bo (Polisen)", reportedAt: at(7) },
    ];
    expect(reportersOf(reports)).toEqual([
      { reportedBy: "Anna (Kommunen)", followUps: 3, rows: 2, first: at(1), latest: at(20) },
      { reportedBy: null, followUps: 1, rows: 1, first: at(5), latest: at(5) },
      { reportedBy: "Bo (Polisen)", followUps: 1, rows: 1, first: at(7), latest: at(7) },
    ]);
    // Every follow-up is counted once.
    expect(reportersOf(reports).reduce((n, x) => n + x.followUps, 0)).toBe(reports.length);
    expect(reportersOf([])).toEqual([]);
  });
});
