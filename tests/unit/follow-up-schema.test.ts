import { describe, expect, it } from "vitest";
import { ZCreateFollowUp } from "@/lib/activities/schemas";

const base = { activityId: "00000000-0000-4000-8000-000000000001", done: "", comment: "", status: "ONGOING", achieved: "", figures: [] };

describe("a follow-up's period", () => {
  it("is refused, at its field, when the period has not begun", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const result = ZCreateFollowUp.safeParse({ ...base, periodType: "YEAR", periodStart: `${nextYear}-03-01` });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["periodStart"], message: "activities.errors.futurePeriod" })]);
  });

  it("is accepted for the period under way, even when the day given lies later in it", () => {
    const now = new Date();
    const year = now.getUTCFullYear();
    expect(ZCreateFollowUp.safeParse({ ...base, periodType: "YEAR", periodStart: `${year}-12-31` }).success).toBe(true);
    expect(ZCreateFollowUp.safeParse({ ...base, periodType: "MONTH", periodStart: `${year - 1}-05-10` }).success).toBe(true);
  });

  it("left empty, is explained at its field instead of failing the whole form", () => {
    for (const periodStart of ["", "not a date", "2027-02-30"]) {
      const result = ZCreateFollowUp.safeParse({ ...base, periodType: "MONTH", periodStart });
      expect(result.success, periodStart).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join("."))).toContain("periodStart");
    }
  });
});
