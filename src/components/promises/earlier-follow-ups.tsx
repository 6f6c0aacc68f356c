import type { ActivityStatus, ReportingPeriod } from "@/generated/prisma/enums";
import { describePeriod } from "@/lib/activities/periods";
import { formatFigure } from "@/lib/analyses/indicators";
import { messages, type Locale } from "@/lib/i18n";

interface FollowUpEntry {
  id: string;
  periodType: ReportingPeriod;
  periodStart: Date;
  status: ActivityStatus;
  done: string;
  comment: string;
  figures: { label: string; value: number }[];
}

/**
 * The follow-ups reported so far for one row of a plan, newest first: the same list for a
 * promise's activity and an action plan's measure. `badge` and `footer` add what one kind
 * has and the other has not (a measure's traffic light, a link to change a follow-up).
 */
export function EarlierFollowUps<F extends FollowUpEntry>({
  followUps,
  locale,
  badge,
  footer,
}: {
  followUps: F[];
  locale: Locale;
  badge?: (followUp: F) => React.ReactNode;
  footer?: (followUp: F) => React.ReactNode;
}) {
  const m = messages(locale);
  return (
    <section aria-labelledby="earlier" className="mt-8">
      <h2 id="earlier" className="text-2xl font-semibold">{m.activities.followUps}</h2>
      {followUps.length === 0 ? (
        <p className="mt-2 text-muted">{m.activities.noFollowUps}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {followUps.map((f) => (
            <li key={f.id} className="rounded-lg border border-slate-200 p-3">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                {describePeriod(f.periodType, f.periodStart, locale)} · {m.activity.statusLabel[f.status]}
                {badge?.(f)}
              </h3>
              {f.figures.length > 0 && <p className="text-sm">{f.figures.map((x) => `${x.label}: ${formatFigure(x.value, locale)}`).join(" · ")}</p>}
              {f.done && <p className="mt-1 whitespace-pre-line">{f.done}</p>}
              {f.comment && <p className="mt-1 whitespace-pre-line text-muted">{f.comment}</p>}
              {footer?.(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
