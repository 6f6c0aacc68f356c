/**
 * A wide data table on a narrow screen scrolls sideways inside this region. Data tables
 * are the exception WCAG 1.4.10 allows; the region is focusable and named, so keyboard
 * users can scroll it too (WCAG 2.1.1). It is positioned, so that screen-reader-only text in
 * the table (absolutely placed) scrolls with it instead of widening the page. In print the
 * table is laid out in full instead.
 */
export function ScrollableTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="scrollable-table relative overflow-x-auto rounded-lg border border-slate-200">
      {children}
    </div>
  );
}
