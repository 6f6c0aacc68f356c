import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HistoryTable } from "@/components/history/history-table";
import type { ReadableHistoryEntry } from "@/lib/audit/readable";
import { messages } from "@/lib/i18n";

const entry = (over: Partial<ReadableHistoryEntry>): ReadableHistoryEntry => ({
  id: "1",
  at: new Date("2026-04-02T10:00:00Z"),
  action: "followUp.create",
  entityType: "ActivityFollowUp",
  entityId: "6f1c8a52-0000-4000-8000-000000000001",
  by: "Karin Lind",
  record: "Trygghetsvandringar · mars 2026",
  changes: { status: { from: null, to: "Pågår" } },
  ...over,
});
const render = (entries: ReadableHistoryEntry[], locale: "sv" | "en" = "sv") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={{}}>
      <HistoryTable entries={entries} caption="Historik" />
    </NextIntlClientProvider>,
  );

describe("a record's history table", () => {
  it("names the record an entry changed under the page's own (a promise's follow-up by its activity and period)", () => {
    const sv = messages("sv").history.action;
    const html = render([entry({}), entry({ id: "2", action: "promise.update", entityType: "CitizenPromise", record: null })]);
    expect(html).toContain(`<td class="px-3 py-2">${sv["followUp.create"]}: Trygghetsvandringar · mars 2026</td>`);
    expect(html).toContain(`<td class="px-3 py-2">${sv["promise.update"]}</td>`);
    expect(render([entry({})], "en")).toContain(`${messages("en").history.action["followUp.create"]}: Trygghetsvandringar · mars 2026`);
  });
});
