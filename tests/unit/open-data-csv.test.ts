import { describe, expect, it } from "vitest";
import { promisesAsCsv } from "@/lib/public/open-data-csv";
import type { OpenDataPromise } from "@/lib/public/promises";

function promise(overrides: Partial<OpenDataPromise> = {}, activity: Partial<OpenDataPromise["activities"][number]> = {}): OpenDataPromise {
  return {
    municipality: "enkoping",
    municipality_name: "Enköpings kommun",
    promise_id: "7d0c3c57-1f7e-4a55-9a4b-0d1d3c0b2a11",
    promise_slug: "tryggare-centrum",
    title: "Tryggare centrum",
    status: "PUBLISHED",
    period_start: "2026-01-01",
    period_end: "2027-12-31",
    place: "Centrum",
    target_group: null,
    published_at: "2026-02-01T10:00:00.000Z",
    criteria: { safety: "", crime: "", participation: "", trust: "" },
    goals: [],
    activities: [
      {
        activity_id: "0b7f8a53-5f86-4d0e-8d2e-6b9a7f3c1e22",
        position: 1,
        activity: "Trygghetsvandringar",
        scope: "Fyra vandringar per termin",
        when: "Kvällstid",
        responsible: "Kommunen och polisen",
        follow_up: "Antal vandringar",
        evaluation: "BRÅ-gruppen",
        status: "ONGOING",
        target_value: 4,
        target_unit: "vandringar",
        achieved_value: 3,
        last_reported_period: "2026-05-01",
        ...activity,
      },
    ],
    ...overrides,
  };
}

/** The cells of the CSV's second line (the first activity), by column name. */
function firstRow(csv: string): Record<string, string> {
  const lines = parse(csv.replace(/^\uFEFF/, ""));
  return Object.fromEntries(lines[0]!.map((name, i) => [name, lines[1]![i]!]));
}

function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += c;
  }
  return rows;
}

describe("the open-data CSV", () => {
  it("keeps spreadsheet programs from running text typed into the portal as a formula", () => {
    const csv = promisesAsCsv([
      promise(
        { title: '=HYPERLINK("http://evil.example","Klicka")', place: "+46 171 625 000", target_group: "@unga" },
        {
          activity: "-2+3+cmd|' /C calc'!A0",
          scope: "\t=1+1",
          when: "\r=1+1",
          responsible: "@SUM(1+1)*cmd|' /C calc'!A0",
          follow_up: "=1+1",
          evaluation: "+1",
          target_unit: "=st",
        },
      ),
    ]);
    const row = firstRow(csv);
    expect(row.title).toBe(`'=HYPERLINK("http://evil.example","Klicka")`);
    expect(row.place).toBe("'+46 171 625 000");
    expect(row.target_group).toBe("'@unga");
    expect(row.activity).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(row.scope).toBe("'\t=1+1");
    expect(row.when).toBe("'\r=1+1");
    expect(row.responsible).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(row.follow_up).toBe("'=1+1");
    expect(row.evaluation).toBe("'+1");
    expect(row.target_unit).toBe("'=st");
    // No cell of the file starts a formula.
    for (const cell of parse(csv.replace(/^\uFEFF/, "")).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves ordinary text, dates, numbers and empty cells as they are", () => {
    const row = firstRow(promisesAsCsv([promise({ title: "Trygghet – 2026 = fokus", place: null }, { activity: "Vandringar, kvällstid", status: null, target_value: null })]));
    expect(row).toMatchObject({
      title: "Trygghet – 2026 = fokus",
      place: "",
      period_start: "2026-01-01",
      activity: "Vandringar, kvällstid",
      activity_status: "",
      target_value: "",
      position: "1",
      achieved_value: "3",
      last_reported_period: "2026-05-01",
    });
  });

  it("starts with a byte-order mark and the header", () => {
    const csv = promisesAsCsv([]);
    expect(csv).toBe("\uFEFFmunicipality,promise_id,promise_slug,title,status,period_start,period_end,place,target_group,published_at,activity_id,position,activity,scope,when,responsible,follow_up,evaluation,activity_status,target_value,target_unit,achieved_value,last_reported_period\n");
  });
});
