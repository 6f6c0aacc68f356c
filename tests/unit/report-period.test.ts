import { describe, expect, it } from "vitest";
import { defaultReportPeriod } from "@/lib/reports/agreement-report";

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
