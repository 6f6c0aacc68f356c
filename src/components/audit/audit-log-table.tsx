import { ScrollableTable } from "@/components/ui/scrollable-table";
import type { AuditLogRow } from "@/lib/audit/log";
import { formatDateTime } from "@/lib/format/dates";
import { messages, type Locale } from "@/lib/i18n";

/** Entries of the audit log: when, who, what, which record and municipality, and which fields changed. */
export function AuditLogTable({ rows, caption, showWho = true, locale }: { rows: AuditLogRow[]; caption: string; showWho?: boolean; locale: Locale }) {
  const m = messages(locale);
  const c = m.admin.audit.columns;
  const actions = m.history.action as Record<string, string>;
  const types = m.admin.audit.entityTypes as Record<string, string>;
  return (
    <ScrollableTable label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2">{c.when}</th>
            {showWho && <th scope="col" className="px-3 py-2">{c.who}</th>}
            <th scope="col" className="px-3 py-2">{c.what}</th>
            <th scope="col" className="px-3 py-2">{c.record}</th>
            <th scope="col" className="px-3 py-2">{c.municipality}</th>
            <th scope="col" className="px-3 py-2">{c.fields}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at, locale)}</td>
              {showWho && <td className="px-3 py-2">{r.by ?? m.history.system}</td>}
              <td className="px-3 py-2">{actions[r.action] ?? r.action}</td>
              <td className="px-3 py-2">
                {types[r.entityType] ?? r.entityType} <span className="font-mono text-xs text-muted">{r.entityId.slice(0, 8)}</span>
              </td>
              <td className="px-3 py-2">{r.municipality ?? "–"}</td>
              <td className="px-3 py-2">{r.fields.join(", ") || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
