import { DataTable } from "@/components/ui/scrollable-table";
import { PlainLink } from "@/components/ui/plain-link";
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
  label: string;
  /** The records behind the row's figures. */
  href: string;
  counts: StateCounts;
  /** Cells after the figures, under `extraColumns`: not drawn in the chart. */
  extra?: React.ReactNode[];
}

/**
 * A row's label in the drawing, with its count: cut to what fits the drawing's width (600
 * units at 13 units a letter's height hold about 80 letters), so that a long goal's title does
 * not run out of the picture and take its count with it. The table below has the whole title.
 */
export function chartLabel(label: string, total: number): string {
  const max = 72;
  const shown = label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
  return `${shown} (${total})`;
}

/** A length in the drawing, to a tenth: finer than a pixel at any width the chart is shown. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Rows of plan rows by state, as stacked bars drawn on the server (plain SVG, no script),
 * followed by a table of the same figures, every figure a link to the records behind it.
 * The drawing is hidden from screen readers: the table is what they read. Each state is one
 * path over all rows (not a rectangle per row and state), and the labels take their font from
 * the drawing, so a chart of twenty rows stays small in the page.
 */
export function StateBars({ rows, caption, locale, extraColumns = [] }: { rows: BarRow[]; caption: string; locale: Locale; extraColumns?: string[] }) {
  const m = messages(locale).dashboard;
  const width = 600;
  const barHeight = 22;
  const gap = 10;
  const labelHeight = 16;
  const rowHeight = labelHeight + barHeight + gap;
  const height = rows.length * rowHeight;
  const max = Math.max(1, ...rows.map((r) => r.counts.total));
  const paths = new Map<(typeof ROW_STATES)[number], string>(ROW_STATES.map((s) => [s, ""]));
  rows.forEach((r, i) => {
    let x = 0;
    const y = i * rowHeight + labelHeight;
    for (const s of ROW_STATES) {
      const w = (r.counts[s] / max) * width;
      if (w > 0) paths.set(s, `${paths.get(s)}M${round(x)} ${y}h${round(w)}v${barHeight}h${-round(w)}z`);
      x += w;
    }
  });
  const label = `${m.chartTable}: ${caption}`;
  return (
    <figure className="mt-3">
      <figcaption className="font-semibold">{caption}</figcaption>
      {rows.length > 0 && (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="presentation" aria-hidden="true" focusable="false" className="mt-2 max-w-2xl" preserveAspectRatio="xMinYMin meet" fontSize={13} fill="#0f172a">
          {rows.map((r, i) => (<text key={i} y={i * rowHeight + 12}>{chartLabel(r.label, r.counts.total)}</text>))}
          {ROW_STATES.map((s) => (paths.get(s) ? <path key={s} d={paths.get(s)} fill={FILL[s]} /> : null))}
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
      <DataTable label={label} figures>
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">{caption}</span></th>
            {ROW_STATES.map((s) => (<th key={s} scope="col" >{m.states[s]}</th>))}
            <th scope="col">{m.total}</th>
            {extraColumns.map((c) => (<th key={c} scope="col" className="text-left">{c}</th>))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row" className="font-normal"><PlainLink locale={locale} href={r.href}>{r.label}</PlainLink></th>
              {ROW_STATES.map((s) => (
                <td key={s}>
                  {r.counts[s] > 0 ? <PlainLink locale={locale} href={r.href} aria-label={`${r.label}: ${m.states[s]} ${r.counts[s]}`}>{r.counts[s]}</PlainLink> : 0}
                </td>
              ))}
              <td><PlainLink locale={locale} href={r.href} aria-label={`${r.label}: ${m.total} ${r.counts.total}`}>{r.counts.total}</PlainLink></td>
              {r.extra?.map((cell, j) => (<td key={j} className="text-left">{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}
