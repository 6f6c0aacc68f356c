import { describe, expect, it } from "vitest";
import { ZCreateIndicator, ZRecordIndicatorValue } from "@/lib/analyses/schemas";
import { swedishToday } from "@/lib/format/dates";

const day = (offset: number) => new Date(swedishToday().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const value = (measuredOn: string) => ZRecordIndicatorValue.safeParse({ indicatorId: "00000000-0000-4000-8000-000000000001", measuredOn, value: "5" });
const indicator = (baselineOn: string) =>
  ZCreateIndicator.safeParse({ analysisId: "00000000-0000-4000-8000-000000000001", name: "Anmälda brott", unit: "per 1 000 invånare", baselineValue: "92,4", baselineOn });
const issues = (result: ReturnType<typeof value> | ReturnType<typeof indicator>) => (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));

describe("when an indicator's value was measured", () => {
  it("may be today or any day before", () => {
    expect(value(day(0)).success).toBe(true);
    expect(value("2023-12-31").success).toBe(true);
    expect(indicator(day(0)).success).toBe(true);
  });

  it("is refused at its date when it lies after today: a value dated ahead would stay the series' latest", () => {
    expect(issues(value(day(1)))).toEqual([{ path: "measuredOn", message: "cycle.errors.measuredInFuture" }]);
    expect(issues(value("2099-01-01"))).toEqual([{ path: "measuredOn", message: "cycle.errors.measuredInFuture" }]);
    expect(issues(indicator("2099-01-01"))).toEqual([{ path: "baselineOn", message: "cycle.errors.measuredInFuture" }]);
  });
});
