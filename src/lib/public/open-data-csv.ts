import { stringify } from "csv-stringify/sync";
import type { OpenDataPromise } from "./promises";

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

/** A byte-order mark, so spreadsheet programs read å, ä and ö as UTF-8. */
export const CSV_BOM = "\uFEFF";

/**
 * A text cell that a spreadsheet program would run as a formula (it starts with =, +, -, @,
 * a tab or a carriage return) gets a leading single quote, as OWASP advises against CSV
 * injection: the program then shows the text instead of evaluating it. Numbers are left
 * alone; they are ours, not typed by anyone.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function records(promises: OpenDataPromise[]) {
  const text = (value: string | null) => neutraliseFormula(value ?? "");
  return promises.flatMap((p) =>
    p.activities.map((a) => ({
      municipality: text(p.municipality),
      promise_id: text(p.promise_id),
      promise_slug: text(p.promise_slug),
      title: text(p.title),
      status: text(p.status),
      period_start: text(p.period_start),
      period_end: text(p.period_end),
      place: text(p.place),
      target_group: text(p.target_group),
      published_at: text(p.published_at),
      activity_id: text(a.activity_id),
      position: a.position,
      activity: text(a.activity),
      scope: text(a.scope),
      when: text(a.when),
      responsible: text(a.responsible),
      follow_up: text(a.follow_up),
      evaluation: text(a.evaluation),
      activity_status: text(a.status),
      target_value: a.target_value ?? "",
      target_unit: text(a.target_unit),
      achieved_value: a.achieved_value,
      last_reported_period: text(a.last_reported_period),
    })),
  );
}

/** CSV lines for these promises, one per activity, each ending in a line break; the header line first when asked. */
export function csvLines(promises: OpenDataPromise[], withHeader: boolean): string {
  return stringify(records(promises), { header: withHeader, columns: [...CSV_COLUMNS] });
}

/** The whole CSV file for these promises: byte-order mark, header, one row per activity. */
export function promisesAsCsv(promises: OpenDataPromise[]): string {
  return CSV_BOM + csvLines(promises, true);
}
