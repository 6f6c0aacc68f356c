import { db, type Prisma } from "@/lib/db";
import type { ConflictChange } from "@/lib/actions/result";
import { recordedChanges } from "./changes";

type Changes = Record<string, { from: unknown; to: unknown }>;

/** What others changed on a record after the version a user loaded, field by field. */
export async function changesSince(entityType: string, entityId: string, loadedVersion: number): Promise<ConflictChange[]> {
  const prisma = await db();
  const entries = await prisma.auditLog.findMany({
    where: { entityType, entityId, entityVersion: { gt: loadedVersion } },
    orderBy: { at: "asc" },
    include: { user: { select: { name: true } } },
  });
  return entries.flatMap((entry) =>
    Object.entries(recordedChanges(entry.changes) as Changes)
      .filter(([, change]) => change && typeof change === "object" && "to" in change)
      .map(([field, change]) => ({ field, from: change.from, to: change.to, by: entry.user?.name ?? null, at: entry.at.toISOString() })),
  );
}

export interface HistoryEntry {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  by: string | null;
  changes: Changes | null;
}

/** Every change to a record and to what belongs under it (an agreement's goals), newest first. */
export async function historyOf(entityType: string, entityId: string, take = 500): Promise<HistoryEntry[]> {
  return history({ OR: [{ entityType, entityId }, { contextId: entityId }] }, take);
}

/** Every change to the records named, by type (a meeting and its action items), newest first. */
export async function historyOfRecords(records: { entityType: string; entityIds: string[] }[], take = 500): Promise<HistoryEntry[]> {
  const wanted = records.filter((r) => r.entityIds.length > 0);
  if (wanted.length === 0) return [];
  return history({ OR: wanted.map((r) => ({ entityType: r.entityType, entityId: { in: r.entityIds } })) }, take);
}

async function history(where: Prisma.AuditLogWhereInput, take: number): Promise<HistoryEntry[]> {
  const prisma = await db();
  const entries = await prisma.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    include: { user: { select: { name: true } } },
  });
  return entries.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    by: e.user?.name ?? null,
    changes: e.changes === null ? null : (recordedChanges(e.changes) as Changes),
  }));
}
