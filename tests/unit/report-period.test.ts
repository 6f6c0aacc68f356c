import { describe, expect, it } from "vitest";
import { defaultReportPeriod, parseReportPeriod, reportPeriodChoices } from "@/lib/reports/agreement-report";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the period a report opens on", () => {
  it("is today's tertial while the agreement runs", () => {
    expect(defaultReportPeriod(d("2026-11-28"), { periodStart: d("2026-01-01"), periodEnd: d("2027-12-31") }).key).toBe("T3-2026");
  });

  it("is the agreement's last tertial once it has run out, and its first before it begins", () => {
    expect(defaultReportPeriod(d("2026-11-28"), { periodStart: d("2022-01-01"), periodEnd: d("2023-12-31") }).key).toBe("T3-2023");
    expect(defaultReportPeriod(d("2026-11-28"), { periodStart: d("2027-03-01"), periodEnd: d("2028-12-31") }).key).toBe("T1-2027");
  });
});

describe("the periods a report offers", () => {
  const keys = (shown?: string) => reportPeriodChoices(d("2022-09-01"), d("2023-12-31"), shown ? parseReportPeriod(shown)! : undefined).map((p) => p.key);

  it("are the agreement's years, each with its tertials, delår 2 and the year", () => {
    expect(keys()).toEqual(["T1-2022", "T2-2022", "T3-2022", "D2-2022", "2022", "T1-2023", "T2-2023", "T3-2023", "D2-2023", "2023"]);
    expect(keys("T2-2023")).toEqual(keys());
  });

  it("include the period shown when it lies outside the agreement's years, so the form does not offer another one as chosen", () => {
    expect(keys("2024")).toEqual([...keys(), "2024"]);
    expect(keys("T3-2021")).toEqual(["T3-2021", ...keys()]);
  });
});
