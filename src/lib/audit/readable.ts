import { PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { concernInclude, concernView, type ConcernKind } from "@/lib/forums/concerns";
import { format, messages, type Messages, type Locale } from "@/lib/i18n";
import { isUuid } from "@/lib/validation/ids";
import { describePeriod } from "@/lib/activities/periods";
import type { ReportingPeriod } from "@/generated/prisma/enums";
import { activityNames, type FollowUpParts } from "./activity-names";
import { recordedChanges } from "./changes";
import { historyWords, recordedPeriod, recordedPeriodOrDate } from "@/components/history/history-labels";
import { historyOf, type HistoryEntry } from "./queries";

/**
 * The history as people read it. The audit log keeps what the code wrote (ids, enum values,
 * ISO dates); every history page shows it through here: the names of the records an id
 * points at (one query per kind of record, whatever the number of rows), the catalogue's
 * words for statuses, parties, levels and periods, and dates as Swedish dates.
 */

type Kind = "user" | "organisation" | "forum" | "agreement" | "goal" | "promise" | "activity" | "followUp" | "dialogue";
const KINDS: readonly Kind[] = ["user", "organisation", "forum", "agreement", "goal", "promise", "activity", "followUp", "dialogue"];
/** Kinds named by one string each; a follow-up is named from its parts (title and period) instead. */
type NamedKind = Exclude<Kind, "followUp">;

/** Fields that hold the id (or a list of ids) of another record, by the type of record changed. */
const REFERENCES: Record<string, Record<string, NamedKind>> = {
  Agreement: { replacesId: "agreement", replacedBy: "agreement" },
  Goal: { parentId: "goal" },
  CitizenPromise: { agreementId: "agreement", renewsId: "promise", goalIds: "goal", dialogueIds: "dialogue" },
  Activity: { goalId: "goal" },
  Forum: { parentId: "forum", chairId: "user", agreementId: "agreement" },
  ActionItem: { responsibleUserId: "user", responsibleOrganisationId: "organisation", goalId: "goal", promiseId: "promise", activityId: "activity" },
};

/** Lists of signatories, written as "Name, title (PARTY)". */
const SIGNATORY_LISTS = new Set(["signatories"]);

/** A history entry as its reader sees it; `record` names what it changed when that is not the page's own record. */
export interface ReadableHistoryEntry extends HistoryEntry {
  record: string | null;
}

/**
 * The entries with every value as a reader should see it; ids and fields are kept for the
 * table's labels. An entry about a record under the page's subject (`subjectId`: a promise's
 * activity or follow-up, an agreement's goal) names that record as the audit log does.
 */
export async function readableHistory(actor: Actor, entries: HistoryEntry[], locale: Locale, subjectId: string): Promise<ReadableHistoryEntry[]> {
  const m = messages(locale);
  const words = historyWords(m);
  const underSubject = entries.filter((e) => e.entityId !== subjectId);
  const wanted = referencedIds(entries);
  wantRecords(wanted, underSubject);
  const names = await namesOf(actor, locale, wanted);
  const named = namedRecords(names, underSubject, m.history.deleted, locale);
  const records = new Map(underSubject.map((entry, i) => [entry, named[i]] as const));

  const present = (entityType: string, field: string, value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((v) => present(entityType, field, v));
    const kind = REFERENCES[entityType]?.[field];
    if (kind && typeof value === "string") return names[kind].get(value) ?? (isUuid(value) ? m.history.deleted : value);
    if (entityType === "Goal" && field === "parentId" && value === null) return m.goals.fields.topLevel;
    if (entityType === "Goal" && field === "position" && typeof value === "number") return value + 1;
    const word = words[entityType]?.[field];
    if (word && typeof value === "string") return word[value] ?? value;
    if (SIGNATORY_LISTS.has(field) && typeof value === "string") {
      return value.replace(/\((MUNICIPALITY|POLICE)\)$/, (_, party: keyof Messages["party"]) => `(${m.party[party]})`);
    }
    if (typeof value === "boolean") return value ? m.history.yes : m.history.no;
    // A follow-up's period, and dates, read as everywhere a recorded change is shown.
    const read = recordedPeriodOrDate(field, value, locale);
    if (read) return read;
    return value;
  };

  return entries.map((entry) => ({
    ...entry,
    record: records.get(entry) ?? null,
    changes: entry.changes
      ? Object.fromEntries(
          Object.entries(entry.changes).map(([field, change]) => [
            field,
            change && typeof change === "object" ? { from: present(entry.entityType, field, change.from), to: present(entry.entityType, field, change.to) } : change,
          ]),
        )
      : null,
  }));
}

/** The history of a record and what belongs under it (historyOf), readable. */
export async function readableHistoryOf(actor: Actor, entityType: string, entityId: string, locale: Locale): Promise<ReadableHistoryEntry[]> {
  return readableHistory(actor, await historyOf(entityType, entityId), locale, entityId);
}

/** The records of these types are named as readableHistory names the records a field refers to. */
const RECORD_KINDS: Record<string, Kind> = {
  User: "user",
  Organisation: "organisation",
  Forum: "forum",
  Agreement: "agreement",
  Goal: "goal",
  CitizenPromise: "promise",
  Activity: "activity",
  ActivityFollowUp: "followUp",
  CitizenDialogue: "dialogue",
};

const recordKind = (entityType: string) => (Object.hasOwn(RECORD_KINDS, entityType) ? RECORD_KINDS[entityType] : undefined);

/**
 * What the record of each audit entry is called, in the entries' order, as far as the reader
 * may see it: one query per kind of record among the entries (users, organisations, forums,
 * agreements, goals, promises, dialogues; activities and follow-ups together), whatever their
 * number. A follow-up is named by its activity and period. A record deleted since keeps the
 * title its entry recorded, marked as deleted, as the overview's recent changes mark it; a
 * record of a kind not looked up is named by the title its entry recorded, if any.
 */
export async function recordNames(actor: Actor, entries: AuditRecord[], locale: Locale): Promise<(string | null)[]> {
  const wanted = noIds();
  wantRecords(wanted, entries);
  return namedRecords(await namesOf(actor, locale, wanted), entries, messages(locale).history.deleted, locale);
}

type AuditRecord = { entityType: string; entityId: string; changes: unknown };

function wantRecords(wanted: Record<Kind, Set<string>>, entries: AuditRecord[]) {
  for (const { entityType, entityId } of entries) {
    const kind = recordKind(entityType);
    if (kind && isUuid(entityId)) wanted[kind].add(entityId);
  }
}

function namedRecords(names: Names, entries: AuditRecord[], deleted: string, locale: Locale): (string | null)[] {
  return entries.map(({ entityType, entityId, changes }) => {
    const recordedFields = recordedChanges(changes);
    const recorded = titleRecordedIn(recordedFields);
    const kind = recordKind(entityType);
    if (!kind || !isUuid(entityId)) return recorded;
    const parts = kind === "followUp" ? names.followUpParts.get(entityId) : undefined;
    if (parts) {
      // A follow-up is named by the period its entry recorded, else the one it has (or last had).
      const period = periodRecordedIn(recordedFields) ?? parts.period;
      const name = period ? `${parts.title} · ${describePeriod(period.type, period.start, locale)}` : parts.title;
      return parts.deleted ? `${name} ${deleted}` : name;
    }
    return (kind === "followUp" ? undefined : names[kind].get(entityId)) ?? (recorded ? `${recorded} ${deleted}` : deleted);
  });
}

/** The period a follow-up's entry recorded, { type, start } as it was after the change (or before, if removed). */
function periodRecordedIn(changes: Record<string, unknown>): { type: ReportingPeriod; start: Date } | null {
  const change = changes.period as { from?: unknown; to?: unknown } | undefined;
  return recordedPeriod(change?.to) ?? recordedPeriod(change?.from);
}


/** The title (or name) an entry recorded of its record, for a record since deleted or of a kind not looked up. */
export function titleRecordedIn(changes: Record<string, unknown>): string | null {
  for (const field of ["title", "name"]) {
    const change = changes[field];
    if (change && typeof change === "object") {
      const { from, to } = change as { from?: unknown; to?: unknown };
      if (typeof to === "string" && to) return to;
      if (typeof from === "string" && from) return from;
    }
  }
  return null;
}

const noIds = () => Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Record<Kind, Set<string>>;

function referencedIds(entries: HistoryEntry[]): Record<Kind, Set<string>> {
  const wanted = noIds();
  for (const entry of entries) {
    const references = REFERENCES[entry.entityType];
    if (!references) continue;
    for (const [field, change] of Object.entries(entry.changes ?? {})) {
      const kind = references[field];
      if (!kind || !change || typeof change !== "object") continue;
      for (const value of [change.from, change.to].flat()) if (typeof value === "string" && isUuid(value)) wanted[kind].add(value);
    }
  }
  return wanted;
}

/**
 * One query per kind of record referred to (activities and follow-ups share one). Goals,
 * promises and activities are named as far as the reader may see them (never a draft's title
 * for a forum member); agreements likewise; an action plan's measure to readers of the plan.
 */
type Names = Record<NamedKind, Map<string, string>> & { followUpParts: Map<string, FollowUpParts> };

async function namesOf(actor: Actor, locale: Locale, wanted: Record<Kind, Set<string>>): Promise<Names> {
  const m = messages(locale);
  const prisma = await db();
  const find = <T>(kind: Kind, query: (where: { id: { in: string[] } }) => Promise<T[]>) =>
    wanted[kind].size > 0 ? query({ id: { in: [...wanted[kind]] } }) : Promise.resolve([] as T[]);
  const concernTitle = (kind: ConcernKind, title: string | null | undefined) => title ?? format(locale, m.meetings.concernsHidden, { kind: m.meetings.concernsKind[kind] });
  const [users, organisations, forums, agreements, goals, promises, activities, dialogues] = await Promise.all([
    find("user", (where) => prisma.user.findMany({ where, select: { id: true, name: true } })),
    find("organisation", (where) => prisma.organisation.findMany({ where, select: { id: true, name: true } })),
    find("forum", (where) => prisma.forum.findMany({ where, select: { id: true, name: true } })),
    find("agreement", (where) => prisma.agreement.findMany({ where, select: { id: true, title: true, municipalityId: true, policeAreaId: true, status: true } })),
    find("goal", (where) => prisma.goal.findMany({ where, select: { id: true, ...concernInclude.goal.select } })),
    find("promise", (where) => prisma.citizenPromise.findMany({ where, select: { id: true, ...concernInclude.promise.select } })),
    activityNames(actor, wanted.activity, wanted.followUp, concernTitle("activity", null)),
    find("dialogue", (where) => prisma.citizenDialogue.findMany({ where, select: { id: true, title: true } })),
  ]);
  const readsAgreement = (a: (typeof agreements)[number]) =>
    authorize(actor, "agreement.read", { type: "joint", municipalityId: a.municipalityId, policeAreaId: a.policeAreaId }) || PUBLIC_AGREEMENT_STATUSES.includes(a.status);
  return {
    user: new Map(users.map((u) => [u.id, u.name])),
    organisation: new Map(organisations.map((o) => [o.id, o.name])),
    forum: new Map(forums.map((f) => [f.id, f.name])),
    agreement: new Map(agreements.map((a) => [a.id, readsAgreement(a) ? a.title : m.history.hidden])),
    goal: new Map(goals.map((g) => [g.id, concernTitle("goal", concernView(actor, { goal: g, promise: null, activity: null })?.title)])),
    promise: new Map(promises.map((p) => [p.id, concernTitle("promise", concernView(actor, { goal: null, promise: p, activity: null })?.title)])),
    activity: activities.activity,
    followUpParts: activities.followUpParts,
    dialogue: new Map(dialogues.map((d) => [d.id, d.title])),
  };
}
