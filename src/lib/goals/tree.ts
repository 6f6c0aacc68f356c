/**
 * Goals form an ordered tree: Enköping's four numbered process goals are four roots;
 * another municipality's focus areas are roots with sub-goals. Plain functions.
 */

export interface GoalNode {
  id: string;
  parentId: string | null;
  position: number;
}

export type TreeNode<G extends GoalNode> = G & { number: string; depth: number; children: TreeNode<G>[] };

/** Nests and orders goals, numbering them as people cite them: 1, 2, 2.1, 2.2 … */
export function buildTree<G extends GoalNode>(goals: G[]): TreeNode<G>[] {
  const byParent = new Map<string | null, G[]>();
  for (const goal of goals) {
    const siblings = byParent.get(goal.parentId) ?? [];
    siblings.push(goal);
    byParent.set(goal.parentId, siblings);
  }
  const build = (parentId: string | null, prefix: string, depth: number): TreeNode<G>[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((goal, index) => {
        const number = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
        return { ...goal, number, depth, children: build(goal.id, number, depth + 1) };
      });
  return build(null, "", 0);
}

/** Depth-first order, as the tree is read. */
export function flatten<G extends GoalNode>(tree: TreeNode<G>[]): TreeNode<G>[] {
  return tree.flatMap((node) => [node, ...flatten(node.children)]);
}

/** True when making `newParentId` the parent of `goalId` would nest a goal under itself. */
export function wouldCreateCycle(goals: GoalNode[], goalId: string, newParentId: string | null): boolean {
  const parentOf = new Map(goals.map((g) => [g.id, g.parentId]));
  let current = newParentId;
  const seen = new Set<string>();
  while (current) {
    if (current === goalId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** The positions to write when a goal moves one step among its siblings; empty at an end. */
export function moveAmongSiblings(
  goals: GoalNode[],
  goalId: string,
  direction: "up" | "down",
): { id: string; position: number }[] {
  const goal = goals.find((g) => g.id === goalId);
  if (!goal) return [];
  const siblings = goals.filter((g) => g.parentId === goal.parentId).sort((a, b) => a.position - b.position);
  const index = siblings.findIndex((g) => g.id === goalId);
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= siblings.length) return [];
  const reordered = [...siblings];
  [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
  return reordered.map((g, position) => ({ id: g.id, position })).filter((g) => siblings.find((s) => s.id === g.id)!.position !== g.position);
}

/** Positions that close the gap a goal leaves among its former siblings. */
export function closeGap(goals: GoalNode[], parentId: string | null, leavingId: string): { id: string; position: number }[] {
  return goals
    .filter((g) => g.parentId === parentId && g.id !== leavingId)
    .sort((a, b) => a.position - b.position)
    .map((g, position) => ({ id: g.id, position, was: g.position }))
    .filter((g) => g.was !== g.position)
    .map(({ id, position }) => ({ id, position }));
}

export function nextPosition(goals: GoalNode[], parentId: string | null): number {
  const siblings = goals.filter((g) => g.parentId === parentId);
  return siblings.length === 0 ? 0 : Math.max(...siblings.map((g) => g.position)) + 1;
}
