import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n";
import { numberFormat } from "@/lib/format/intl";
/**
 * How an indicator stands against its baseline and, for a measure, the value aimed for.
 * Plain function: the latest value of the series (or the baseline when there is none yet),
 * its change from the baseline, and whether the target is reached. A target below the
 * baseline (fewer reported crimes) is reached at or below it; above, at or above it.
 */
export interface IndicatorStanding {
  baseline: number;
  latest: number;
  latestOn: Date;
  change: number;
  target: number | null;
  reached: boolean | null;
}

export function indicatorStanding(
  indicator: { baselineValue: number; baselineOn: Date; values: { measuredOn: Date; value: number }[] },
  target: number | null = null,
): IndicatorStanding {
  const last = [...indicator.values].sort((a, b) => a.measuredOn.getTime() - b.measuredOn.getTime()).at(-1);
  const latest = last?.value ?? indicator.baselineValue;
  const reached = target === null ? null : target < indicator.baselineValue ? latest <= target : latest >= target;
  return {
    baseline: indicator.baselineValue,
    latest,
    latestOn: last?.measuredOn ?? indicator.baselineOn,
    change: Math.round((latest - indicator.baselineValue) * 100) / 100,
    target,
    reached,
  };
}

/** A number as the reader's language writes it (a decimal comma in Swedish), at most two decimals. */
export function formatFigure(value: number, locale: Locale): string {
  return numberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: 2 }).format(value);
}
