import type { ActivityProgress } from "@/lib/activities/progress";
import type { PromiseSnapshot } from "@/lib/promises/snapshot";
import { describePeriod } from "@/lib/activities/periods";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

/** The activity plan with the documents' six columns, plus live status and progress. */
export function ActivityPlanTable({
  promise,
  progress,
  completed = false,
}: {
  promise: Pick<PromiseSnapshot, "title" | "activities">;
  progress: Record<string, ActivityProgress>;
  /** A completed promise will get no more follow-ups: an activity without any says so. */
  completed?: boolean;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const c = m.activity.columns;
  const columns = [c.title, c.scope, c.timing, c.responsible, c.followUp, c.evaluation, c.status];
  const caption = format(locale, m.promise.activityPlanCaption, { title: promise.title });
  return (
    <ScrollableTable label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
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
              <td className="min-w-40 px-3 py-2">
                <ProgressCell progress={progress[a.id]} completed={completed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

export function ProgressCell({ progress, completed = false }: { progress: ActivityProgress | undefined; completed?: boolean }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const p = m.activity.progress;
  if (!progress || (!progress.status && progress.lastPeriod === null)) return <span className="text-muted">{completed ? p.neverReported : p.notStarted}</span>;
  return (
    <div className="space-y-1">
      <p className="font-medium">{progress.status ? m.activity.statusLabel[progress.status] : p.notStarted}</p>
      {progress.target !== null && (
        <>
          <p>{format(locale, p.ofTarget, { achieved: progress.achieved, target: progress.target, unit: progress.unit ?? "" }).trim()}</p>
          <div className="h-2 w-full rounded bg-slate-200" aria-hidden="true">
            <div className="h-2 rounded bg-brand-700" style={{ width: `${progress.percent ?? 0}%` }} />
          </div>
        </>
      )}
      {progress.totals
        .filter((t) => t.label !== progress.unit)
        .map((t) => (
          <p key={t.label} className="text-muted">
            {format(locale, p.total, { label: t.label, value: t.value })}
          </p>
        ))}
      {progress.lastDone && <p className="whitespace-pre-line">{format(locale, p.lastDone, { text: progress.lastDone })}</p>}
      {progress.lastPeriod && <p className="text-xs text-muted">{format(locale, p.lastReported, { period: describePeriod(progress.lastPeriodType ?? "MONTH", progress.lastPeriod, locale) })}</p>}
    </div>
  );
}
