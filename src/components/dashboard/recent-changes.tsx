import { changedFieldNames } from "@/components/history/history-labels";
import { PlainLink } from "@/components/ui/plain-link";
import { describePeriod } from "@/lib/activities/periods";
import type { RecentChange } from "@/lib/dashboard/work";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages, type Locale } from "@/lib/i18n";

/**
 * The latest changes to joint records, one entry each: what kind of record and which (a
 * follow-up by its row and period), what it belongs to, what was done, by whom and when, and
 * the fields changed as the history pages name them. A list rather than a table: it reads on a
 * phone without scrolling sideways.
 */
export function RecentChangesSection({ rows, showMunicipality, locale }: { rows: RecentChange[]; showMunicipality: boolean; locale: Locale }) {
  const m = messages(locale);
  const d = m.dashboard;
  const kinds = m.admin.audit.entityTypes as Record<string, string>;
  const actions = m.history.action as Record<string, string>;
  return (
    <section aria-labelledby="recent" className="mt-8">
      <h2 id="recent" className="text-xl font-semibold">{d.recent}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{d.noRecent}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {rows.map((r, n) => {
            const kind = Object.hasOwn(kinds, r.entityType) ? kinds[r.entityType] : m.admin.audit.columns.record;
            const title = r.title ? `${r.title}${r.gone ? ` ${m.history.deleted}` : ""}` : m.history.deleted;
            const about = [r.period ? describePeriod(r.period.type, r.period.start, locale) : null, r.context ? format(locale, d.recentInContext, { context: r.context }) : null].filter(Boolean).join(" · ");
            const fields = changedFieldNames(m, r.entityType, r.fields);
            const what = [Object.hasOwn(actions, r.action) ? actions[r.action] : null, r.by ?? m.history.system, formatDateTime(r.at, locale), showMunicipality ? r.municipality : null].filter(Boolean).join(" · ");
            return (
              <li key={n}>
                <p>
                  <span className="font-semibold">{`${kind}: `}</span>
                  {r.href && !r.gone ? <PlainLink locale={locale} href={r.href}>{title}</PlainLink> : title}
                  {about && <span className="meta">{` · ${about}`}</span>}
                </p>
                <p className="meta">{what}</p>
                {fields.length > 0 && <p className="meta">{format(locale, d.recentChanged, { fields: fields.join(", ") })}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
