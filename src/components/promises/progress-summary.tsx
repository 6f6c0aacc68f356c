import type { PlanSummary } from "@/lib/activities/progress";
import { describePeriod } from "@/lib/activities/periods";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

/**
 * A promise's progress at a glance, first thing a resident reads: how many activities are
 * done or on track, which deviate, when it was last followed up, and a plain note when
 * that was long ago. The bar repeats the first sentence for the eye; the text is the content.
 */
export function ProgressSummary({ summary, completed, feedUrl }: { summary: PlanSummary; completed: boolean; feedUrl: string }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const s = m.promise.summary;
  const share = summary.total > 0 ? Math.round((summary.onTrack / summary.total) * 100) : 0;
  return (
    <section aria-labelledby="progress-summary" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="progress-summary" className="text-xl font-semibold">
        {s.title}
      </h2>
      {summary.total === 0 ? (
        <p className="mt-2">{s.noActivities}</p>
      ) : (
        <>
          <p className="mt-2 text-lg">{format(locale, s.onTrack, { done: summary.onTrack, total: summary.total })}</p>
          <div className="mt-2 h-3 w-full max-w-md rounded bg-white ring-1 ring-slate-300" aria-hidden="true">
            <div className="h-3 rounded bg-brand-700" style={{ width: `${share}%` }} />
          </div>
          <ul className="mt-3 space-y-1 text-sm">
            {summary.deviating > 0 && <li>{format(locale, s.deviating, { count: summary.deviating })}</li>}
            {summary.notReported > 0 && <li>{format(locale, s.notReported, { count: summary.notReported })}</li>}
            {summary.cancelled > 0 && <li>{format(locale, s.cancelled, { count: summary.cancelled })}</li>}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm">{summary.lastPeriod ? format(locale, s.lastFollowUp, { period: describePeriod(summary.lastPeriodType ?? "MONTH", summary.lastPeriod, locale) }) : s.noFollowUp}</p>
      {summary.overdue && !completed && (
        <p className="mt-2 rounded-md border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950">{s.overdue}</p>
      )}
      <p className="no-print mt-3 text-sm">
        <a href={feedUrl} type="application/atom+xml">
          {s.follow}
        </a>
      </p>
    </section>
  );
}
