import { describe, expect, it } from "vitest";
import { chartLabel } from "@/components/dashboard/state-bars";

describe("a bar chart's row label", () => {
  it("keeps a short title whole with its count", () => {
    expect(chartLabel("Trygga skolvägar", 4)).toBe("Trygga skolvägar (4)");
  });

  it("cuts a long title to the drawing's width and keeps its count, which was cut off with the end of the title", () => {
    const title = "Fokusområde 1: En gemensam lägesbild som är kontinuerligt uppdaterad för att styra arbetet med offentlig miljö";
    const label = chartLabel(title, 12);
    expect(label.endsWith("… (12)")).toBe(true);
    expect(label.length).toBeLessThanOrEqual(80);
    expect(title.startsWith(label.slice(0, -"… (12)".length))).toBe(true);
  });
});
