import { describe, expect, it } from "vitest";
import { describeIndicator } from "@/lib/reports/indicator-text";

const indicator = { name: "Anmälda brott", unit: "per 1 000 invånare", baseline: 92.4, baselineOn: new Date("2023-12-31"), target: 85, latest: { value: 88.1, measuredOn: new Date("2024-12-31") } };

describe("an indicator on the report and in its PDF", () => {
  it("writes figures the reader's way: a decimal comma in Swedish, a point in English", () => {
    expect(describeIndicator(indicator, "sv")).toContain("92,4");
    expect(describeIndicator(indicator, "sv")).toContain("88,1");
    expect(describeIndicator(indicator, "en")).toContain("92.4");
    expect(describeIndicator({ ...indicator, target: null, latest: null }, "sv")).toMatch(/–, .* – per 1 000 invånare$/);
  });
});
