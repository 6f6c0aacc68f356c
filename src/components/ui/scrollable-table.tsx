/**
 * A wide data table on a narrow screen scrolls sideways inside this region. Data tables
 * are the exception WCAG 1.4.10 allows; the region is focusable and named, so keyboard
 * users can scroll it too (WCAG 2.1.1). It is positioned, so that screen-reader-only text in
 * the table (absolutely placed) scrolls with it instead of widening the page (.scrollable-table
 * in globals.css). In print the table is laid out in full instead.
 */
export function ScrollableTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="scrollable-table">
      {children}
    </div>
  );
}

/**
 * A data table in its scrolling region, named by `label` both as region and as caption
 * (visible to screen readers). The cells' padding, the dividing lines and the tinted head come
 * from .data-table in globals.css; give a column of figures the class "num", or with `figures`
 * every cell after the row header is a figure. React keys of rows in these tables may be their
 * index: the tables are drawn on the server and hold no state, and an index is shorter in the
 * page's payload than a record's id.
 */
export function DataTable({ label, figures, children }: { label: string; figures?: boolean; children: React.ReactNode }) {
  return (
    <ScrollableTable label={label}>
      <table className={figures ? "data-table figures-table" : "data-table"}>
        <caption className="sr-only">{label}</caption>
        {children}
      </table>
    </ScrollableTable>
  );
}
