import { formatFigure } from "@/lib/analyses/indicators";
import { messages, type Locale } from "@/lib/i18n";
import type { ReportRow } from "./agreement-report";

/** "Otrygghet: utgångsvärde 92,4, mål 80, senaste 88,1 per 1 000 invånare", as the report page and its PDF write it. */
export function describeIndicator(indicator: NonNullable<ReportRow["indicator"]>, locale: Locale): string {
  const r = messages(locale).report;
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatFigure(value, locale));
  return `${indicator.name}: ${r.baseline} ${figure(indicator.baseline)}, ${r.target} ${figure(indicator.target)}, ${r.latest} ${figure(indicator.latest?.value)} ${indicator.unit}`;
}
