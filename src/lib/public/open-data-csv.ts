import { stringify } from "csv-stringify/sync";
import type { openDataRows } from "./promises";

/** The same open data as CSV: one row per activity, the promise's fields repeated. */
export const CSV_COLUMNS = [
  "municipality",
  "promise_id",
  "promise_slug",
  "title",
  "status",
  "period_start",
  "period_end",
  "place",
  "target_group",
  "published_at",
  "activity_id",
  "position",
  "activity",
  "scope",
  "when",
  "responsible",
  "follow_up",
  "evaluation",
  "activity_status",
  "target_value",
  "target_unit",
  "achieved_value",
  "last_reported_period",
] as const;

/** One row per activity; a byte-order mark so spreadsheet programs read å, ä and ö as UTF-8. */
export function promisesAsCsv(promises: Awaited<ReturnType<typeof openDataRows>>): string {
  const rows = promises.flatMap((p) =>
    p.activities.map((a) => ({
      municipality: p.municipality,
      promise_id: p.promise_id,
      promise_slug: p.promise_slug,
      title: p.title,
      status: p.status,
      period_start: p.period_start,
      period_end: p.period_end,
      place: p.place ?? "",
      target_group: p.target_group ?? "",
      published_at: p.published_at,
      activity_id: a.activity_id,
      position: a.position,
      activity: a.activity,
      scope: a.scope,
      when: a.when,
      responsible: a.responsible,
      follow_up: a.follow_up,
      evaluation: a.evaluation,
      activity_status: a.status ?? "",
      target_value: a.target_value ?? "",
      target_unit: a.target_unit ?? "",
      achieved_value: a.achieved_value,
      last_reported_period: a.last_reported_period ?? "",
    })),
  );
  return "\uFEFF" + stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
