import { changedFieldNames } from "@/components/history/history-labels";
import { DataTable } from "@/components/ui/scrollable-table";
import type { AuditLogRow } from "@/lib/audit/log";
import { formatDateTime } from "@/lib/format/dates";
import { messages, type Locale } from "@/lib/i18n";

/** Entries of the audit log: when, who, what, which record and municipality, and which fields changed, named as the history pages name them. */
export function AuditLogTable({ rows, caption, showWho = true, locale }: { rows: AuditLogRow[]; caption: string; showWho?: boolean; locale: Locale }) {
  const m = messages(locale);
  const c = m.admin.audit.columns;
  const actions = m.history.action as Record<string, string>;
  const types = m.admin.audit.entityTypes as Record<string, string>;
  return (
    <DataTable label={caption}>
      <thead>
        <tr>
          <th scope="col">{c.when}</th>
          {showWho && <th scope="col">{c.who}</th>}
          <th scope="col">{c.what}</th>
          <th scope="col">{c.record}</th>
          <th scope="col">{c.municipality}</th>
          <th scope="col">{c.fields}</th>
        </tr>
      </thead>
      <tbody className="align-top">
        {rows.map((r, n) => (
          <tr key={n}>
            <td className="whitespace-nowrap">{formatDateTime(r.at, locale)}</td>
            {showWho && <td>{r.by ?? m.history.system}</td>}
            <td>{actions[r.action] ?? r.action}</td>
            <td>
              {Object.hasOwn(types, r.entityType) ? types[r.entityType] : c.record}
              {r.record && `: ${r.record}`}
            </td>
            <td>{r.municipality ?? "–"}</td>
            <td>{changedFieldNames(m, r.entityType, r.fields).join(", ") || "–"}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
