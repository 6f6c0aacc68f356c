import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export interface AuditEntry {
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  municipalityId?: string | null;
  entityVersion?: number | null;
  contextId?: string | null;
  changes?: Prisma.InputJsonValue;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * Writes one audit entry. Mutations pass their transaction client so that the change
 * and its entry commit together or not at all.
 */
export async function recordAudit(entry: AuditEntry, tx?: AuditWriter): Promise<void> {
  const client = tx ?? (await db());
  await client.auditLog.create({ data: entry });
}

/** { field: { from, to } } for the fields whose values differ. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = normalise(before[key]);
    const to = normalise(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

function normalise(value: unknown) {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
