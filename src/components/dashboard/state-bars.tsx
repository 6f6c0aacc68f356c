import { Link } from "@/i18n/navigation";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { ROW_STATES, type StateCounts } from "@/lib/dashboard/figures";
import { messages, type Locale } from "@/lib/i18n";

/** Fill colours of the states: each has at least 3:1 contrast against white (WCAG 1.4.11). */
const FILL: Record<(typeof ROW_STATES)[number], string> = {
  done: "#166534",
  onTrack: "#1d4ed8",
  deviating: "#b45309",
  late: "#b91c1c",
  notReported: "#64748b",
};

export interface BarRow {
  key: string;
  label: string;
  /** The records behind the row's figures. */
  href: string;
  counts: StateCounts;
}

/**
 * Rows of plan rows by state, as stacked bars drawn on the server (plain SVG, no script),
 * followed by a table of the same figures, every figure a link to the records behind it.
 * The drawing is hidden from screen readers: the table is what they read.
 */
export function StateBars({ rows, caption, locale }: { rows: BarRow[]; caption: string; locale: Locale }) {
  const m = messages(locale).dashboard;
  const width = 600;
  const barHeight = 22;
  const gap = 10;
  const labelHeight = 16;
  const rowHeight = labelHeight + barHeight + gap;
  const height = rows.length * rowHeight;
  const max = Math.max(1, ...rows.map((r) => r.counts.total));
  return (
    <figure className="mt-3">
      <figcaption className="font-semibold">{caption}</figcaption>
      {rows.length > 0 && (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="presentation" aria-hidden="true" focusable="false" className="mt-2 max-w-2xl" preserveAspectRatio="xMinYMin meet">
          {rows.map((r, i) => {
            let x = 0;
            const y = i * rowHeight;
            return (
              <g key={r.key}>
                <text x={0} y={y + 12} fontSize={13} fill="#0f172a">{`${r.label} (${r.counts.total})`}</text>
                {ROW_STATES.map((s) => {
                  const w = (r.counts[s] / max) * width;
                  const rect = w > 0 ? <rect key={s} x={x} y={y + labelHeight} width={w} height={barHeight} fill={FILL[s]} /> : null;
                  x += w;
                  return rect;
                })}
              </g>
            );
          })}
        </svg>
      )}
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {ROW_STATES.map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: FILL[s] }} />
            {m.states[s]}
          </li>
        ))}
      </ul>
      <ScrollableTable label={`${m.chartTable}: ${caption}`}>
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{`${m.chartTable}: ${caption}`}</caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{caption}</span></th>
              {ROW_STATES.map((s) => (<th key={s} scope="col" className="px-3 py-2 text-right">{m.states[s]}</th>))}
              <th scope="col" className="px-3 py-2 text-right">{m.total}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="px-3 py-2 font-normal"><Link href={r.href}>{r.label}</Link></th>
                {ROW_STATES.map((s) => (
                  <td key={s} className="px-3 py-2 text-right tabular-nums">
                    {r.counts[s] > 0 ? <Link href={r.href} aria-label={`${r.label}: ${m.states[s]} ${r.counts[s]}`}>{r.counts[s]}</Link> : 0}
                  </td>
                ))}
                <td className="px-3 py-2 text-right tabular-nums"><Link href={r.href} aria-label={`${r.label}: ${m.total} ${r.counts.total}`}>{r.counts.total}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </figure>
  );
}
