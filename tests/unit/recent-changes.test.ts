import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecentChangesSection } from "@/components/dashboard/recent-changes";
import { changedFieldNames } from "@/components/history/history-labels";
import type { RecentChange } from "@/lib/dashboard/work";
import { messages } from "@/lib/i18n";

const followUp: RecentChange = {
  id: "41",
  at: new Date("2026-11-20T13:05:00Z"),
  action: "followUp.update",
  entityType: "ActivityFollowUp",
  title: "Trygghetsvandringar på Västerleden",
  gone: false,
  context: "Åtgärdsplan Enköping 2024–2025",
  period: { type: "MONTH", start: new Date("2024-10-01T00:00:00Z") },
  href: "/atgardsplaner/6f1c8a52-0000-4000-8000-000000000001/atgarder/6f1c8a52-0000-4000-8000-000000000002/uppfoljning",
  by: "Karin Lind",
  municipality: "Enköpings kommun",
  fields: ["periodStart", "status", "comment", "somethingNew"],
};
const deletedGoal: RecentChange = {
  id: "40",
  at: new Date("2026-11-19T08:00:00Z"),
  action: "goal.delete",
  entityType: "Goal",
  title: "A1. Färre rån",
  gone: true,
  context: null,
  period: null,
  href: null,
  by: null,
  municipality: "Håbo kommun",
  fields: ["title"],
};

const render = (locale: "sv" | "en", showMunicipality = false) => renderToStaticMarkup(RecentChangesSection({ rows: [followUp, deletedGoal], showMunicipality, locale }));

describe("the changed fields of a recent change", () => {
  it("are named as the history pages name them, each once, and fields without a name are 'other details', never their identifier", () => {
    expect(changedFieldNames(messages("sv"), "ActivityFollowUp", ["periodStart", "status", "status", "somethingNew", "constructor"])).toEqual([
      messages("sv").activities.fields.periodStart,
      messages("sv").activity.columns.status,
      "andra uppgifter",
    ]);
    expect(changedFieldNames(messages("en"), "ActivityFollowUp", ["comment", "x"])).toEqual([messages("en").activities.fields.comment, "other details"]);
    expect(changedFieldNames(messages("sv"), "NoSuchRecord", ["title"])).toEqual(["andra uppgifter"]);
    expect(changedFieldNames(messages("sv"), "Agreement", [])).toEqual([]);
  });
});

describe("the overview's recent changes", () => {
  it("show each record by kind and title, a follow-up by its row, period and plan, with who, when and the fields in words", () => {
    const html = render("sv");
    expect(html).toContain("Uppföljning av aktivitet: </span><a href=\"/atgardsplaner/");
    expect(html).toContain(">Trygghetsvandringar på Västerleden</a>");
    expect(html).toContain("oktober 2024 · i Åtgärdsplan Enköping 2024–2025");
    expect(html).toContain("Ändrade uppföljning av aktivitet · Karin Lind · 20 nov");
    expect(html).toContain(`Ändrat: ${messages("sv").activities.fields.periodStart}, Status, Kommentar, andra uppgifter`);
    // A record since deleted: the title the entry recorded, marked, without a link; the system when nobody is named.
    expect(html).toContain("Mål: </span>A1. Färre rån (borttaget)</p>");
    expect(html).toContain("Tog bort mål · Systemet");
    // Never the code's names or a record's id.
    for (const raw of ["periodStart", "somethingNew", "ActivityFollowUp", "followUp.update", ">41<", "6f1c8a52 "]) expect(html, raw).not.toContain(raw);
    // The municipality only for those who see several.
    expect(html).not.toContain("Enköpings kommun");
    expect(render("sv", true)).toContain("Enköpings kommun");
  });

  it("are in English on an English page", () => {
    const html = render("en");
    expect(html).toContain(`${messages("en").admin.audit.entityTypes.ActivityFollowUp}: `);
    expect(html).toContain("October 2024 · in Åtgärdsplan Enköping 2024–2025");
    expect(html).toContain("other details");
    expect(html).toContain(`/en/atgardsplaner/`);
  });
});
