import type { TreeNode } from "@/lib/goals/tree";

type Goal = { id: string; parentId: string | null; position: number; title: string; description: string };

/** The goals as a numbered outline for reading. */
export function PublicGoalList({ tree }: { tree: TreeNode<Goal>[] }) {
  return (
    <ol className="space-y-3">
      {tree.map((node) => (
        <li key={node.id}>
          <p className="font-semibold">
            <span className="mr-2 text-brand-700">{node.number}</span>
            {node.title}
          </p>
          {node.description && <p className="mt-1 whitespace-pre-line text-sm">{node.description}</p>}
          {node.children.length > 0 && (
            <div className="mt-2 pl-6">
              <PublicGoalList tree={node.children} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
