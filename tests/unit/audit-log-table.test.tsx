import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import type { AuditLogRow } from "@/lib/audit/log";

const row = (over: Partial<AuditLogRow>): AuditLogRow => ({
  id: "1",
  at: new Date("2026-05-04T10:00:00Z"),
  action: "promise.update",
  entityType: "CitizenPromise",
  record: "Tryggare Stationsområdet",
  by: "Karin Kommun",
  municipality: "Enköping",
  fields: ["title", "criterionSafety", "goalIds"],
  ...over,
});
const render = (rows: AuditLogRow[], locale: "sv" | "en" = "sv") => renderToStaticMarkup(<AuditLogTable rows={rows} caption="Logg" locale={locale} />);

describe("the audit log's table (/admin/logg, /konto)", () => {
  it("names the record and the changed fields in words, as the history pages do", () => {
    const html = render([row({})]);
    expect(html).toContain("<td>Medborgarlöfte: Tryggare Stationsområdet</td>");
    expect(html).toContain("<td>Titel, Hur löftet ökar tryggheten, Mål i avtalet som löftet bidrar till</td>");
    expect(html).not.toContain("criterionSafety");
  });

  it("names an administrator's changes to accounts and a sign-in's fields, and sums up fields it has no word for", () => {
    const html = render([
      row({ action: "user.update", entityType: "User", record: "Anna Andersson", fields: ["email", "role", "mayManageUsers"] }),
      row({ action: "auth.signInFailed", entityType: "User", record: null, fields: ["reason", "address"] }),
      row({ action: "activity.update", entityType: "Activity", record: null, fields: ["scope", "somethingNew"] }),
    ]);
    expect(html).toContain("<td>Användare: Anna Andersson</td>");
    expect(html).toContain("<td>E-postadress, Roll, Hanterar användare</td>");
    expect(html).toContain("<td>Användare</td>");
    expect(html).toContain("<td>Orsak, Klientadress</td>");
    expect(html).not.toContain("somethingNew");
    expect(render([row({})], "en")).toContain("Citizen promise: Tryggare Stationsområdet");
  });
});
