import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgressCell } from "@/components/promises/activity-plan-table";
import type { ActivityProgress } from "@/lib/activities/progress";

const progress: ActivityProgress = {
  status: "ONGOING",
  achieved: 1250,
  target: 12000,
  unit: "besökare",
  percent: 10,
  lastPeriod: new Date("2026-01-01"),
  lastPeriodType: "MONTH",
  lastDone: null,
  totals: [],
};
const text = (locale: "sv" | "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={{}}>
      <ProgressCell progress={progress} />
    </NextIntlClientProvider>,
  ).replace(/<[^>]+>/g, " ");

describe("an activity's progress against its target", () => {
  it("writes large counts as the page's language does: '1 250 av 12 000', not '1250 av 12000'", () => {
    expect(text("sv")).toContain("1\u00a0250 av 12\u00a0000 besökare");
    expect(text("en")).toContain("1,250 of 12,000 besökare");
  });
});
