import { containsText } from "@/lib/pagination/filter";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { swedishLocalToUtc } from "@/lib/format/dates";
import { readPage, type Page } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";
import { recordedChanges } from "./changes";
import { recordNames } from "./readable";

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
  /** What the record is called, as far as the reader may see it; null when the entry names nothing readable. */
  record: string | null;
  by: string | null;
  municipality: string | null;
  /** The fields the entry recorded, as the code named them (the table names them as the history pages do). */
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

/**
 * A page of the log with only what its table shows: each entry's record by name (readable.ts
 * names them as the history pages do, a follow-up by its activity and period, one query per
 * kind of record on the page), who, the municipality's name and which fields changed.
 */
async function auditPage(actor: Actor, where: Prisma.AuditLogWhereInput, page: number, locale: Locale): Promise<Page<AuditLogRow>> {
  const prisma = await db();
  const found = await readPage(
    page,
    (window) =>
      prisma.auditLog.findMany({
        where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        ...window,
        select: { id: true, at: true, action: true, entityType: true, entityId: true, municipalityId: true, changes: true, user: { select: { name: true } } },
      }),
    () => prisma.auditLog.count({ where }),
  );
  const municipalityIds = [...new Set(found.rows.map((e) => e.municipalityId).filter((id): id is string => id !== null))];
  const [municipalities, records] = await Promise.all([
    municipalityIds.length === 0 ? [] : prisma.municipality.findMany({ where: { id: { in: municipalityIds } }, select: { id: true, name: true } }),
    recordNames(actor, found.rows, locale),
  ]);
  const names = new Map(municipalities.map((m) => [m.id, m.name] as const));
  const rows = found.rows.map((e, i) => ({
    id: e.id.toString(),
    at: e.at,
    action: e.action,
    entityType: e.entityType,
    // A municipality's entries are filed under it: its name is read with the others'.
    record: (e.entityType === "Municipality" ? names.get(e.entityId) : undefined) ?? records[i] ?? null,
    by: e.user?.name ?? null,
    municipality: e.municipalityId ? (names.get(e.municipalityId) ?? null) : null,
    fields: Object.keys(recordedChanges(e.changes)),
  }));
  return { ...found, rows };
}

/** The whole audit log, filtered, newest first: for administrators. */
export async function listAuditLog(actor: Actor, page: number, filter: AuditLogFilter = {}, locale: Locale = DEFAULT_LOCALE) {
  assertAuthorized(actor, "audit.read", { type: "system" });
  return auditPage(actor, auditWhere(filter), page, locale);
}

/** What the actor has done themselves, newest first: every user sees their own. */
export async function listOwnActivity(actor: Actor, page: number, locale: Locale = DEFAULT_LOCALE) {
  assertAuthorized(actor, "account.update", { type: "account", userId: actor.id });
  return auditPage(actor, { userId: actor.id }, page, locale);
}
