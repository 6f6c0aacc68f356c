/** What every server action answers; the form shows errors next to their fields. */
export interface ConflictChange {
  field: string;
  from: unknown;
  to: unknown;
  by: string | null;
  at: string;
}

export type ActionResult<T = undefined> =
  | { ok: true; data: T; redirectTo?: string; message?: string }
  | {
      ok: false;
      formError?: string;
      fieldErrors?: Record<string, string>;
      /** The record's type names the changed fields; an approval's conflict is told in approval terms. */
      conflict?: { changes: ConflictChange[]; entityType: string; during: "edit" | "approval" };
    };
