// Rows gathered in memory per table and written with multi-row INSERTs, parents first, so a
// national data set of a few hundred thousand rows loads in well under a minute.
import type pg from "pg";

/** Parents before children: the order the foreign keys need. */
const TABLE_ORDER = [
  "Municipality",
  "PoliceArea",
  "PoliceAreaMunicipality",
  "PoliceAreaCoverage",
  "Organisation",
  "User",
  "SituationalAnalysis",
  "Indicator",
  "IndicatorValue",
  "Agreement",
  "Goal",
  "AgreementSignatory",
  "CitizenPromise",
  "PromiseSignatory",
  "PromiseGoal",
  "ActionPlan",
  "Activity",
  "ActivityResponsible",
  "ActivityFollowUp",
  "FollowUpFigure",
  "PromisePublication",
  "CitizenDialogue",
  "Forum",
  "ForumSeat",
  "ForumMembership",
  "Meeting",
  "ActionItem",
  "SituationalPicture",
  "SituationalPictureEntry",
  "AuditLog",
] as const;

export type Table = (typeof TABLE_ORDER)[number];
type Row = Record<string, unknown>;

export class Rows {
  private tables = new Map<Table, Row[]>();

  /** Every row of a table must have the same columns: the first row's decide the INSERT's. */
  add(table: Table, row: Row) {
    const rows = this.tables.get(table) ?? [];
    rows.push(row);
    this.tables.set(table, rows);
  }

  count(table: Table) {
    return this.tables.get(table)?.length ?? 0;
  }

  async write(client: pg.PoolClient) {
    for (const table of TABLE_ORDER) {
      const rows = this.tables.get(table);
      if (rows) await insert(client, table, rows);
    }
  }
}

async function insert(client: pg.PoolClient, table: string, rows: Row[]) {
  const columns = Object.keys(rows[0]!);
  // PostgreSQL takes at most 65 535 parameters in one statement.
  const size = Math.floor(60_000 / columns.length);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(",")})`).join(",");
    const params = chunk.flatMap((row) => columns.map((c) => jsonIfObject(row[c])));
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values}`, params);
  }
}

/** Json columns take their value as text; dates and arrays pass as they are. */
function jsonIfObject(value: unknown) {
  return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value;
}
