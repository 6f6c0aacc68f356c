import { Link } from "@/i18n/navigation";
import { MoveButton } from "@/components/forms/move-button";
import type { ActionResult } from "@/lib/actions/result";
import { flatten, type TreeNode } from "@/lib/goals/tree";
import { format, messages, type Locale } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface GoalView {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  description: string;
  promises: { promise: { id: string; title: string } }[];
  activities: { id: string; title: string; promise: { id: string; title: string } | null }[];
}

interface Props {
  agreementId: string;
  tree: TreeNode<GoalView>[];
  editable: boolean;
  moveAction: (formData: FormData) => Promise<ActionResult<unknown>>;
}

/** The agreement's goals as an ordered, numbered outline, with what traces to each. */
export function GoalTree({ agreementId, tree, editable, moveAction }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  if (tree.length === 0) return <p className="text-muted">{m.goals.none}</p>;
  return (
    <ol className="space-y-3">
      {tree.map((node, index) => (
        <GoalItem key={node.id} node={node} first={index === 0} last={index === tree.length - 1} {...{ agreementId, editable, moveAction }} />
      ))}
    </ol>
  );
}

function GoalItem({ node, first, last, agreementId, editable, moveAction }: Omit<Props, "tree"> & { node: TreeNode<GoalView>; first: boolean; last: boolean }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const Heading = node.depth === 0 ? "h3" : "h4";
  return (
    <li id={`mal-${node.id}`} className={`rounded-lg border border-slate-200 p-4 ${node.depth > 0 ? "bg-slate-50" : ""}`}>
      <Heading className="font-semibold">
        <span className="mr-2 text-brand-700">{node.number}</span>
        {node.title}
      </Heading>
      {node.description && <p className="mt-1 whitespace-pre-line text-sm">{node.description}</p>}
      <Traces node={node} />
      {editable && (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          {!first && <MoveButton id={node.id} direction="up" label={format(locale, m.goals.moveUp, { number: node.number })} action={moveAction} />}
          {!last && <MoveButton id={node.id} direction="down" label={format(locale, m.goals.moveDown, { number: node.number })} action={moveAction} />}
          <Link href={`/avtal/${agreementId}/mal/${node.id}`} aria-label={`${m.goals.edit} ${node.number}`} className="rounded border border-brand-700 px-2 py-1 no-underline">
            {m.goals.edit}
          </Link>
          <Link href={`/avtal/${agreementId}/mal/${node.id}/ta-bort`} aria-label={`${m.goals.remove} ${node.number}`} className="rounded border border-red-700 px-2 py-1 text-red-800 no-underline">
            {m.goals.remove}
          </Link>
        </div>
      )}
      {node.children.length > 0 && (
        <ol className="mt-3 space-y-2 pl-4">
          {node.children.map((child, index) => (
            <GoalItem key={child.id} node={child} first={index === 0} last={index === node.children.length - 1} {...{ agreementId, editable, moveAction }} />
          ))}
        </ol>
      )}
    </li>
  );
}

function Traces({ node }: { node: TreeNode<GoalView> }) {
  const locale = usePageLocale();
  const m = messages(locale);
  if (node.promises.length === 0 && node.activities.length === 0) {
    return <p className="mt-2 text-xs text-muted">{m.agreements.noTraces}</p>;
  }
  return (
    <div className="mt-2 text-sm">
      {node.promises.length > 0 && (
        <p>
          <span className="font-medium">{m.agreements.tracedPromises}:</span> {node.promises.map((p) => p.promise.title).join("; ")}
        </p>
      )}
      {node.activities.length > 0 && (
        <p>
          <span className="font-medium">{m.agreements.tracedActivities}:</span> {node.activities.map((a) => a.title).join("; ")}
        </p>
      )}
    </div>
  );
}

/**
 * Options for placing a goal: top level, or under any goal that would not make a cycle. When a
 * goal is edited (`editing`), neither it nor any goal under it is offered: the server refuses them.
 */
export function parentOptions(flat: TreeNode<GoalView>[], locale: Locale, editing?: string) {
  const m = messages(locale);
  const node = editing ? flat.find((g) => g.id === editing) : undefined;
  const excluded = new Set(node ? flatten([node]).map((g) => g.id) : []);
  return [
    { value: "", label: m.goals.fields.topLevel },
    ...flat.filter((g) => !excluded.has(g.id)).map((g) => ({ value: g.id, label: format(locale, m.goals.fields.under, { number: g.number, title: g.title }) })),
  ];
}
