import type { PromiseSnapshot } from "@/lib/promises/snapshot";
import { format, messages } from "@/lib/i18n";

/** The activity plan with the documents' six columns, plus status. */
export function ActivityPlanTable({ promise }: { promise: Pick<PromiseSnapshot, "title" | "activities"> }) {
  const m = messages();
  const c = m.activity.columns;
  const columns = [c.title, c.scope, c.timing, c.responsible, c.followUp, c.evaluation, c.status];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{format(m.promise.activityPlanCaption, { title: promise.title })}</caption>
        <thead className="bg-brand-50">
          <tr>
            {columns.map((label) => (
              <th key={label} scope="col" className="px-3 py-2 font-semibold text-brand-900">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {promise.activities.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                {a.title}
              </th>
              {[a.scope, a.timing, a.responsible, a.followUp, a.evaluation].map((text, i) => (
                <td key={i} className="whitespace-pre-line px-3 py-2">
                  {text}
                </td>
              ))}
              <td className="px-3 py-2">{m.activity.statusLabel[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
