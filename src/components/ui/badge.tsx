export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/** A status in a pill: its look is the component classes .badge and .badge-<tone> in globals.css, short because badges repeat in every row of long tables. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
