import type { ReportingPeriod } from "@/generated/prisma/enums";
import { describePeriod, PERIOD_MONTHS } from "@/lib/activities/periods";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { Locale, Messages } from "@/lib/i18n";

/**
 * What each recorded field is called, by the type of record changed: a promise's title is
 * "Titel", an activity's "Aktivitet", a goal's "Mål". Every history table reads its field
 * names here.
 */
export function historyLabels(m: Messages): Record<string, Record<string, string>> {
  let labels = madeFor.get(m);
  if (!labels) madeFor.set(m, (labels = makeHistoryLabels(m)));
  return labels;
}

/** One set of labels per catalogue: the overview names the fields of each recent change through it. */
const madeFor = new WeakMap<Messages, Record<string, Record<string, string>>>();

function makeHistoryLabels(m: Messages): Record<string, Record<string, string>> {
  const approvals = { approval: m.agreements.approvals.title, approvals: m.agreements.approvals.title };
  const pf = m.forums.fields;
  const mt = m.meetings;
  return {
    Agreement: { ...m.agreements.fields, ...approvals, replacedBy: m.agreements.status.REPLACED, replacesId: m.agreements.fields.replaces },
    Goal: { title: m.goals.fields.title, description: m.goals.fields.description, parentId: m.goals.fields.parent, position: m.history.position },
    CitizenPromise: {
      ...m.promises.fields,
      ...approvals,
      status: m.promise.status,
      signatories: m.agreements.fields.signatories,
      agreementId: m.promises.fields.agreement,
      renewsId: m.promises.fields.renews,
      goalIds: m.promises.fields.goals,
      dialogueIds: m.promises.fields.dialogues,
    },
    Activity: {
      ...m.activity.columns,
      ...m.activities.fields,
      // A measure of an action plan: Brå's columns (a promise's rows have none of these).
      ...m.cycle.measures.columns,
      title: m.activity.columns.title,
      followUp: m.activity.columns.followUp,
      status: m.activity.columns.status,
      goalId: m.activities.fields.goal,
      indicatorId: m.cycle.measures.columns.indicator,
      position: m.history.position,
    },
    ActivityFollowUp: { ...m.activities.fields, status: m.activity.columns.status, rating: m.cycle.measures.columns.rating },
    SituationalAnalysis: { ...m.cycle.analyses.fields },
    Indicator: { ...m.cycle.analyses.indicator },
    ActionPlan: { ...m.cycle.plans.fields, ...approvals, published: m.cycle.plans.publicTitle },
    Decision: { ...m.cycle.decisions.fields },
    AgreementCommitment: { ...m.cycle.commitments.fields, position: m.history.position },
    Municipality: { ...m.admin.municipalities.fields, coordinatingFunction: m.cycle.fields.coordinatingFunction, revisionIntervalMonths: m.cycle.fields.revisionIntervalMonths },
    PoliceArea: { ...m.admin.policeAreas.fields },
    Organisation: { ...m.admin.organisations.fields, policeArea: m.admin.organisations.fields.policeAreaId },
    User: {
      ...m.admin.users.fields,
      organisation: m.admin.users.fields.organisationId,
      mayManageUsers: m.admin.users.userManager,
      active: m.admin.users.fields.status,
      locale: m.account.locale.label,
      // A one-time link: what it is for and until when.
      purpose: m.admin.users.link.title,
      expiresAt: m.admin.users.link.title,
      ...m.admin.audit.fieldNames,
    },
    CitizenDialogue: { ...m.dialogues.fields },
    Forum: {
      name: pf.name,
      level: m.forums.fieldLevel,
      purpose: pf.purpose,
      cadence: m.forums.cadence,
      parentId: m.forums.fieldParent,
      reportsToText: m.forums.fieldReportsToText,
      members: m.forums.members,
      role: m.forums.memberFunction,
      represents: m.forums.represents,
      openItems: m.forums.memberOpenItems,
      chairId: m.forums.chair,
      agreementId: m.forums.agreement,
      startsOn: pf.startsOn,
      endsOn: pf.endsOn,
      actionPlan: pf.actionPlan,
    },
    Meeting: {
      startsAt: mt.fields.startsAt,
      location: mt.fields.location,
      agenda: mt.fields.agenda,
      minutes: mt.minutes,
      attendance: mt.attendance,
      guests: mt.guests,
      decisions: mt.decisions,
      status: mt.meetingStatus,
    },
    ActionItem: {
      title: mt.fields.itemTitle,
      status: mt.historyFields.status,
      responsibleUserId: mt.fields.responsibleUser,
      responsibleOrganisationId: mt.historyFields.responsibleOrganisation,
      dueOn: mt.fields.dueOn,
      goalId: mt.historyFields.goalId,
      promiseId: mt.historyFields.promiseId,
      activityId: mt.historyFields.activityId,
      escalatedTo: mt.historyFields.escalatedTo,
      escalatedFrom: mt.historyFields.escalatedFrom,
    },
    SituationalPicture: { weekOf: pf.weekOf, summary: pf.summary, callsFor: pf.callsFor },
  };
}

/**
 * The fields an entry changed as a reader names them, for a one-line summary: each field's
 * name in order, once; fields the catalogue has no name for are summed up as "other details"
 * at the end, never shown by the identifier the code gave them.
 */
export function changedFieldNames(m: Messages, entityType: string, fields: readonly string[]): string[] {
  const all = historyLabels(m);
  const labels = Object.hasOwn(all, entityType) ? all[entityType]! : {};
  const named = new Set<string>();
  let other = false;
  for (const field of fields) {
    const label = Object.hasOwn(labels, field) ? labels[field] : undefined;
    if (typeof label === "string" && label) named.add(label);
    else other = true;
  }
  return other ? [...named, m.dashboard.recentOtherDetails] : [...named];
}

/** Fields that hold one of a fixed set of values, by the type of record changed: their words. */
export function historyWords(m: Messages): Record<string, Record<string, Record<string, string>>> {
  return {
    Agreement: { status: m.agreements.status, approval: m.party },
    CitizenPromise: { status: m.promise.statusLabel, approval: m.party, focus: { PLACE: m.promises.fields.focusPlace, TARGET_GROUP: m.promises.fields.focusTargetGroup } },
    Activity: { status: m.activity.statusLabel, effortKind: m.cycle.measures.effortKind, rating: m.cycle.measures.rating },
    ActivityFollowUp: { status: m.activity.statusLabel, periodType: m.activities.periodType, rating: m.cycle.measures.rating },
    ActionPlan: { status: m.cycle.plans.status, approval: m.party },
    Forum: { level: m.forums.level, role: m.forums.role },
    Meeting: { status: m.meetings.status },
    ActionItem: { status: m.meetings.itemStatus },
  };
}

/** Moments (a meeting, a dialogue) rather than calendar days. */
const MOMENTS = new Set(["startsAt"]);
/** A date as the audit log records it. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * A recorded value as a reader reads it when it is a follow-up's period ({ type, start }:
 * "maj–augusti 2021") or a date (a calendar day "10 december 2026", a moment in Swedish time);
 * null for any other value. The history and a conflict's list of changes read them alike.
 */
export function recordedPeriodOrDate(field: string, value: unknown, locale: Locale): string | null {
  const period = recordedPeriod(value);
  if (period) return describePeriod(period.type, period.start, locale);
  if (typeof value !== "string" || !ISO.test(value)) return null;
  const calendarDay = !MOMENTS.has(field) && value.endsWith("T00:00:00.000Z");
  return calendarDay ? formatDate(value, locale) : formatDateTime(value, locale);
}

/** A follow-up's period as its entries record it, its kind and start, or null. */
export function recordedPeriod(value: unknown): { type: ReportingPeriod; start: Date } | null {
  if (!value || typeof value !== "object") return null;
  const { type, start } = value as { type?: unknown; start?: unknown };
  return typeof type === "string" && Object.hasOwn(PERIOD_MONTHS, type) && typeof start === "string" ? { type: type as ReportingPeriod, start: new Date(start) } : null;
}
