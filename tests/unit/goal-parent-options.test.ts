import { describe, expect, it } from "vitest";
import { parentOptions, type GoalView } from "@/components/agreements/goal-tree";
import { buildTree, flatten } from "@/lib/goals/tree";

const g = (id: string, parentId: string | null, position: number, title: string): GoalView => ({ id, parentId, position, title, description: "", promises: [], activities: [] });
// Two focus areas, the first with a sub-goal that has a sub-goal of its own.
const flat = flatten(
  buildTree([g("a", null, 0, "Trygga offentliga miljöer"), g("a1", "a", 0, "Belysning"), g("a1x", "a1", 0, "Stationen"), g("b", null, 1, "Unga i riskzon")]),
);
const labels = (editing?: string) => parentOptions(flat, "sv", editing).map((o) => o.label);

describe("the choices for where a goal is placed", () => {
  it("offers every goal for a new goal", () => {
    expect(labels()).toEqual([
      "Huvudmål (översta nivån)",
      "Delmål under 1 Trygga offentliga miljöer",
      "Delmål under 1.1 Belysning",
      "Delmål under 1.1.1 Stationen",
      "Delmål under 2 Unga i riskzon",
    ]);
  });

  it("leaves out the goal being edited and every goal under it, which the server would refuse", () => {
    expect(labels("a1")).toEqual(["Huvudmål (översta nivån)", "Delmål under 1 Trygga offentliga miljöer", "Delmål under 2 Unga i riskzon"]);
    expect(labels("a")).toEqual(["Huvudmål (översta nivån)", "Delmål under 2 Unga i riskzon"]);
  });
});
