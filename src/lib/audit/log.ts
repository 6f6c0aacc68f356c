import { containsText } from "@/lib/pagination/filter";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { swedishLocalToUtc } from "@/lib/format/dates";
import { readPage, type Page } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";

/** The audit log as the administration filters it: who, what, when, which municipality. */
export interface AuditLogFilter {
  /** Part of the name or e-mail address of the one who acted. */
  who?: string;
  /** An action, e.g. "user.deactivate". */
  action?: string;
  municipalityId?: string;
  /** Swedish calendar days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
}

export interface AuditLogRow {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  by: string | null;
  municipality: string | null;
  fields: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first moment of a Swedish calendar day, or null for anything that is not a day. */
export function startOfSwedishDay(day: string | undefined): Date | null {
  return day && DAY.test(day) ? swedishLocalToUtc(`${day}T00:00`) : null;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function auditWhere(filter: AuditLogFilter): Prisma.AuditLogWhereInput {
  const who = filter.who?.trim();
  const from = startOfSwedishDay(filter.from);
  const to = filter.to && startOfSwedishDay(filter.to) ? startOfSwedishDay(nextDay(filter.to)) : null;
  return {
    AND: [
      who ? { user: { OR: [{ name: containsText(who) }, { email: containsText(who) }] } } : {},
      filter.action ? { action: filter.action } : {},
      filter.municipalityId && isUuid(filter.municipalityId) ? { municipalityId: filter.municipalityId } : {},
      from ? { at: { gte: from } } : {},
      to ? { at: { lt: to } } : {},
    ],
  };
}

async function auditPage(where: Prisma.AuditLogWhereInput, page: number): Promise<Page<AuditLogRow>> {
  const prisma = await db();
  const found = await readPage(
    page,
    (window) =>
      prisma.auditLog.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        ...window,
        include: { user: { select: { name: true } } },
      }),
    () => prisma.auditLog.count({ where }),
  );
  const municipalityIds = [...new Set(found.rows.map((e) => e.municipalityId).filter((id): id is string => id !== null))];
  const names = new Map(
    municipalityIds.length === 0
      ? []
      : (await prisma.municipality.findMany({ where: { id: { in: municipalityIds } }, select: { id: true, name: true } })).map((m) => [m.id, m.name] as const),
  );
  const rows = found.rows.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    by: e.user?.name ?? null,
    municipality: e.municipalityId ? (names.get(e.municipalityId) ?? null) : null,
    fields: e.changes && typeof e.changes === "object" && !Array.isArray(e.changes) ? Object.keys(e.changes) : [],
  }));
  return { ...found, rows };
}

/** The whole audit log, filtered, newest first: for administrators. */
export async function listAuditLog(actor: Actor, page: number, filter: AuditLogFilter = {}) {
  assertAuthorized(actor, "audit.read", { type: "system" });
  return auditPage(auditWhere(filter), page);
}

/** What the actor has done themselves, newest first: every user sees their own. */
export async function listOwnActivity(actor: Actor, page: number) {
  assertAuthorized(actor, "account.update", { type: "account", userId: actor.id });
  return auditPage({ userId: actor.id }, page);
}
