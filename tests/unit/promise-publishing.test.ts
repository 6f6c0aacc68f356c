import { describe, expect, it } from "vitest";
import { activityProgress } from "@/lib/activities/progress";
import { canTransition, hasUnpublishedChanges, isApprovable, missingCriteria, promisePhase } from "@/lib/promises/publishing";
import { ZCreatePromise } from "@/lib/promises/schemas";
import type { PromiseSnapshot } from "@/lib/promises/snapshot";

describe("publishing a citizen promise", () => {
  it("needs all four criteria said", () => {
    const filled = { criterionSafety: "a", criterionCrime: "b", criterionParticipation: "c", criterionTrust: "d" };
    expect(missingCriteria(filled)).toEqual([]);
    expect(missingCriteria({ ...filled, criterionTrust: "  ", criterionCrime: "" })).toEqual(["criterionCrime", "criterionTrust"]);
  });

  it("goes draft → awaiting approval → published → completed", () => {
    expect(canTransition("DRAFT", "AWAITING_APPROVAL")).toBe(true);
    expect(canTransition("AWAITING_APPROVAL", "DRAFT")).toBe(true);
    expect(canTransition("PUBLISHED", "COMPLETED")).toBe(true);
    // Publication comes from both parties' approvals only.
    expect(canTransition("AWAITING_APPROVAL", "PUBLISHED")).toBe(false);
    expect(canTransition("DRAFT", "PUBLISHED")).toBe(false);
    expect(canTransition("COMPLETED", "PUBLISHED")).toBe(false);
  });

  it("asks for approval for a first publication, and for a published promise only when it changed", () => {
    expect(isApprovable("AWAITING_APPROVAL", true)).toBe(true);
    expect(isApprovable("DRAFT", true)).toBe(false);
    expect(isApprovable("PUBLISHED", true)).toBe(true);
    expect(isApprovable("PUBLISHED", false)).toBe(false);
  });

  const snapshot = (overrides: Partial<PromiseSnapshot> = {}): PromiseSnapshot => ({
    id: "p1",
    slug: "a",
    title: "A",
    periodStart: "2026-01-01",
    periodEnd: "2027-12-31",
    focus: "PLACE",
    place: "Torget",
    targetGroup: null,
    targetGroupRationale: "",
    background: "",
    citizenPerspective: "",
    criteria: { safety: "s", crime: "c", participation: "p", trust: "t" },
    conclusion: "",
    signatories: [],
    basisDocuments: [],
    goals: [],
    activities: [{ id: "1", position: 0, title: "x", scope: "", timing: "", responsible: "", followUp: "", evaluation: "", targetValue: null, targetUnit: null }],
    dialogues: [],
    ...overrides,
  });

  it("sees a difference between what is stored and what the public reads", () => {
    expect(hasUnpublishedChanges(snapshot(), null)).toBe(true);
    expect(hasUnpublishedChanges(snapshot(), snapshot())).toBe(false);
    expect(hasUnpublishedChanges(snapshot(), snapshot({ title: "B" }))).toBe(true);
  });

  it("does not mistake the database's reordering of keys for a change", () => {
    const written = snapshot();
    const readBack = JSON.parse(JSON.stringify(written, Object.keys(written).sort().reverse()));
    const reordered = { ...readBack, criteria: { trust: "t", participation: "p", crime: "c", safety: "s" }, activities: written.activities.map((a) => Object.fromEntries(Object.entries(a).reverse())) };
    expect(hasUnpublishedChanges(written, reordered as PromiseSnapshot)).toBe(false);
  });

  it("does not mistake fields a page loaded beside the snapshot's for a change", () => {
    const published = snapshot();
    const loadedForPage = { ...published, activities: published.activities.map((a) => ({ ...a, status: "ONGOING", followUps: [{ id: "f" }] })) };
    expect(hasUnpublishedChanges(loadedForPage as PromiseSnapshot, published)).toBe(false);
  });
});

describe("promise input", () => {
  const base = {
    title: "Tryggare Västerleden",
    periodStart: "2025-01-01",
    periodEnd: "2026-12-31",
    focus: "PLACE",
    place: "Västerleden",
    municipalityId: "00000000-0000-4000-8000-000000000001",
    policeAreaId: "00000000-0000-4000-8000-000000000002",
  };

  it("needs the place for a place promise and the target group for a target-group promise", () => {
    expect(ZCreatePromise.safeParse(base).success).toBe(true);
    const noPlace = ZCreatePromise.safeParse({ ...base, place: "" });
    expect(noPlace.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["place", "promises.errors.placeRequired"]]);
    const noGroup = ZCreatePromise.safeParse({ ...base, focus: "TARGET_GROUP" });
    expect(noGroup.error?.issues.map((i) => i.path.join("."))).toEqual(["targetGroup"]);
  });

  it("takes one or several goals from a checkbox group", () => {
    const one = ZCreatePromise.parse({ ...base, goalIds: "00000000-0000-4000-8000-000000000003" });
    expect(one.goalIds).toHaveLength(1);
    expect(ZCreatePromise.parse(base).goalIds).toEqual([]);
  });
});

describe("activity progress", () => {
  const followUp = (month: number, status: "ONGOING" | "DONE", courses: number, participants: number) => ({
    periodStart: new Date(Date.UTC(2025, month, 1)),
    periodType: "MONTH" as const,
    status,
    figures: [
      { label: "kurser", value: courses, countsTowardsTarget: true },
      { label: "deltagare", value: participants, countsTowardsTarget: false },
    ],
  });

  it("counts what was done against what the scope promised, with the latest status", () => {
    const progress = activityProgress({ targetValue: 4, targetUnit: "kurser" }, [followUp(8, "DONE", 2, 22), followUp(0, "ONGOING", 1, 12)]);
    expect(progress).toMatchObject({ achieved: 3, target: 4, percent: 75, status: "DONE" });
    expect(progress.totals).toEqual([
      { label: "kurser", value: 3 },
      { label: "deltagare", value: 34 },
    ]);
  });

  it("has no percentage without a target, and nothing before the first follow-up", () => {
    expect(activityProgress({ targetValue: null, targetUnit: null }, [followUp(1, "ONGOING", 1, 5)]).percent).toBeNull();
    expect(activityProgress({ targetValue: 4, targetUnit: "kurser" }, [])).toMatchObject({ achieved: 0, percent: 0, status: null });
  });
});

describe("promisePhase", () => {
  const today = new Date("2026-11-28T10:00:00Z");
  it("calls a published promise whose period lies ahead upcoming, not ongoing", () => {
    expect(promisePhase("PUBLISHED", "2027-01-01", today)).toBe("UPCOMING");
    expect(promisePhase("PUBLISHED", "2026-01-01", today)).toBe("PUBLISHED");
    expect(promisePhase("COMPLETED", "2027-01-01", today)).toBe("COMPLETED");
    expect(promisePhase("DRAFT", "2027-01-01", today)).toBe("DRAFT");
  });
});
