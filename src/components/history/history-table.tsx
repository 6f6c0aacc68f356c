import type { ReadableHistoryEntry } from "@/lib/audit/readable";
import { formatDateTime } from "@/lib/format/dates";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { historyLabels } from "./history-labels";

function show(value: unknown, empty: string) {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value)) return value.length ? value.join("; ") : empty;
  return String(value);
}

/**
 * Every change: when, who, what (and which record, for one under the page's record: a
 * promise's activity or follow-up), and each field's old and new value. The entries come
 * from readableHistory (names, Swedish words and dates); field names from historyLabels.
 */
export function HistoryTable({ entries, caption }: { entries: ReadableHistoryEntry[]; caption: string }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const h = m.history;
  const labels = historyLabels(m);
  if (entries.length === 0) return <p>{m.agreements.noHistory}</p>;
  return (
    <ScrollableTable label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2">{h.when}</th>
            <th scope="col" className="px-3 py-2">{h.who}</th>
            <th scope="col" className="px-3 py-2">{h.what}</th>
            <th scope="col" className="px-3 py-2">{h.field}</th>
            <th scope="col" className="px-3 py-2">{h.from}</th>
            <th scope="col" className="px-3 py-2">{h.to}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {entries.flatMap((entry) => {
            const changes = Object.entries(entry.changes ?? {});
            const action = (h.action as Record<string, string>)[entry.action] ?? entry.action;
            const rows = changes.length > 0 ? changes : [["", { from: null, to: null }] as const];
            return rows.map(([field, change], i) => (
              <tr key={`${entry.id}-${i}`}>
                <td className="whitespace-nowrap px-3 py-2">{i === 0 ? formatDateTime(entry.at, locale) : ""}</td>
                <td className="px-3 py-2">{i === 0 ? (entry.by ?? h.system) : ""}</td>
                <td className="px-3 py-2">{i === 0 ? (entry.record ? format(locale, h.actionOn, { action, record: entry.record }) : action) : ""}</td>
                <td className="px-3 py-2">{field ? (labels[entry.entityType]?.[field] ?? field) : ""}</td>
                <td className="whitespace-pre-line px-3 py-2">{field ? show(change.from, m.forms.emptyValue) : ""}</td>
                <td className="whitespace-pre-line px-3 py-2">{field ? show(change.to, m.forms.emptyValue) : ""}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
