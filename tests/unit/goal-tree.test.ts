import { describe, expect, it } from "vitest";
import { buildTree, closeGap, flatten, moveAmongSiblings, nextPosition, wouldCreateCycle } from "@/lib/goals/tree";

const g = (id: string, parentId: string | null, position: number) => ({ id, parentId, position });

// Two focus areas with two sub-goals each, stored out of order.
const goals = [g("b", null, 1), g("a", null, 0), g("a2", "a", 1), g("a1", "a", 0), g("b1", "b", 0), g("b2", "b", 1)];

describe("goal tree", () => {
  it("numbers focus areas and sub-goals the way the documents cite them", () => {
    const numbered = flatten(buildTree(goals)).map((n) => `${n.number} ${n.id}`);
    expect(numbered).toEqual(["1 a", "1.1 a1", "1.2 a2", "2 b", "2.1 b1", "2.2 b2"]);
  });

  it("takes four flat process goals as they are", () => {
    const flat = [g("p1", null, 0), g("p2", null, 1), g("p3", null, 2), g("p4", null, 3)];
    expect(buildTree(flat).map((n) => [n.number, n.children.length])).toEqual([["1", 0], ["2", 0], ["3", 0], ["4", 0]]);
  });

  it("refuses to nest a goal under itself or under its own sub-goal", () => {
    expect(wouldCreateCycle(goals, "a", "a")).toBe(true);
    expect(wouldCreateCycle(goals, "a", "a1")).toBe(true);
    expect(wouldCreateCycle(goals, "a1", "b")).toBe(false);
    expect(wouldCreateCycle(goals, "a", null)).toBe(false);
  });

  it("moves a goal one step among its siblings only", () => {
    expect(moveAmongSiblings(goals, "a2", "up")).toEqual([
      { id: "a2", position: 0 },
      { id: "a1", position: 1 },
    ]);
    expect(moveAmongSiblings(goals, "a1", "up")).toEqual([]);
    expect(moveAmongSiblings(goals, "b", "down")).toEqual([]);
    expect(moveAmongSiblings(goals, "a", "down")).toEqual([
      { id: "b", position: 0 },
      { id: "a", position: 1 },
    ]);
  });

  it("places new goals last and closes the gap a goal leaves", () => {
    expect(nextPosition(goals, "a")).toBe(2);
    expect(nextPosition(goals, "a1")).toBe(0);
    expect(closeGap(goals, null, "a")).toEqual([{ id: "b", position: 0 }]);
  });
});
