import { describe, expect, it } from "vitest";
import { buildPromiseSnapshot, type PromiseForSnapshot } from "@/lib/promises/snapshot";

const activity = (position: number, title: string) => ({
  id: `a${position}`,
  position,
  title,
  scope: "",
  timing: "",
  responsible: "",
  followUp: "",
  evaluation: "",
  targetValue: null,
  targetUnit: null,
});

const promise: PromiseForSnapshot = {
  id: "p",
  slug: "p",
  title: "Tryggare Västerleden",
  periodStart: new Date("2025-01-01T00:00:00Z"),
  periodEnd: new Date("2026-12-31T00:00:00Z"),
  focus: "PLACE",
  place: "Västerleden",
  targetGroup: null,
  targetGroupRationale: "",
  background: "",
  citizenPerspective: "",
  criterionSafety: "s",
  criterionCrime: "c",
  criterionParticipation: "p",
  criterionTrust: "t",
  conclusion: "",
  signatories: [
    { party: "POLICE", name: "B", title: "Lokalområdeschef", position: 1 },
    { party: "MUNICIPALITY", name: "A", title: "Ordförande", position: 0 },
  ],
  basisDocs: [],
  goals: [],
  activities: [activity(2, "Tredje"), activity(0, "Första"), activity(1, "Andra")],
  dialogues: [],
};

describe("the public snapshot of a promise", () => {
  it("keeps the activity plan and signatories in their agreed order", () => {
    const snapshot = buildPromiseSnapshot(promise);
    expect(snapshot.activities.map((a) => a.title)).toEqual(["Första", "Andra", "Tredje"]);
    expect(snapshot.signatories.map((s) => s.name)).toEqual(["A", "B"]);
  });

  it("survives a JSON round trip unchanged, with plain dates", () => {
    const snapshot = buildPromiseSnapshot(promise);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.periodStart).toBe("2025-01-01");
    expect(snapshot.criteria).toEqual({ safety: "s", crime: "c", participation: "p", trust: "t" });
  });
});
