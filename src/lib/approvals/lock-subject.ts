import type { Tx } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";

/** The records both parties approve: an agreement (adoption), a citizen promise (publication) and an action plan (adoption). */
export type ApprovableTable = "Agreement" | "CitizenPromise" | "ActionPlan";

/**
 * Takes the row lock of an approvable record for the rest of the caller's transaction.
 * Every approval and every change to what the parties approve (the record's text, an
 * agreement's goals, a promise's activity plan) takes it first, before reading the
 * version, so that they run one after another: an approval sees every edit committed
 * before it, and an edit sees the approval, withdrawing it. Taking it again in the same
 * transaction is free. Locks are always taken on the approvable record itself, never on
 * its parts, so two writers cannot wait for each other in a cycle.
 */
export async function lockSubject(tx: Tx, table: ApprovableTable, id: string): Promise<void> {
  if (!isUuid(id)) return; // nothing to lock; the caller's lookup answers "not found"
  // The table name comes from the closed union above, never from input.
  if (table === "Agreement") await tx.$queryRaw`SELECT 1 FROM "Agreement" WHERE "id" = ${id}::uuid FOR UPDATE`;
  else if (table === "ActionPlan") await tx.$queryRaw`SELECT 1 FROM "ActionPlan" WHERE "id" = ${id}::uuid FOR UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM "CitizenPromise" WHERE "id" = ${id}::uuid FOR UPDATE`;
}
