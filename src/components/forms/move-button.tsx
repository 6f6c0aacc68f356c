import type { ActionResult } from "@/lib/actions/result";
import { ActionForm } from "./action-form";

/** Moves an item of an ordered list one step; the label says which item and where. */
export function MoveButton({
  id,
  direction,
  label,
  action,
}: {
  id: string;
  direction: "up" | "down";
  label: string;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
}) {
  return (
    <ActionForm action={action} id={`move-${direction}-${id}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" aria-label={label} className="rounded border border-slate-400 px-2 py-1">
        {direction === "up" ? "↑" : "↓"}
      </button>
    </ActionForm>
  );
}
