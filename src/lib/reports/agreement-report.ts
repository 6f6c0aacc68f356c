import type { ReportingPeriod } from "@/generated/prisma/enums";
import { countedFigures } from "@/lib/activities/counted-periods";
import { periodEndOf, periodStartOf } from "@/lib/activities/periods";
import type { Actor } from "@/lib/auth/actor";
import { jointScopeWhere } from "@/lib/auth/scope";
import { classifiedRows, countRows, progressGroups, startOfDay, summariseGroups, type ClassifiedRow, type StateCounts } from "@/lib/dashboard/figures";
import { db } from "@/lib/db";
import { unchangedDataCache } from "@/lib/db/unchanged-data-cache";
import { OPEN_STATUSES } from "@/lib/forums/rules";
import { isUuid } from "@/lib/validation/ids";
import { compareSwedish } from "@/lib/format/intl";

/** A report period: a tertial (T1–T3), the interim report (delår 2, January–August) or the year. */
export interface ReportPeriod {
  key: string;
  type: Extract<ReportingPeriod, "TERTIAL" | "INTERIM" | "YEAR">;
  year: number;
  /** For a tertial, 1–3. */
  number: number | null;
  start: Date;
  /** The first day after the period. */
  end: Date;
}

/** "T2-2026", "D2-2026" (delår 2) or "2026"; anything else is null. */
export function parseReportPeriod(raw: string | undefined | null): ReportPeriod | null {
  const m = /^(?:T([1-3])-|(D2)-)?(\d{4})$/.exec(raw ?? "");
  if (!m) return null;
  const year = Number(m[3]);
  if (year < 2000 || year > 2100) return null;
  if (m[1]) {
    const n = Number(m[1]);
    const start = new Date(Date.UTC(year, (n - 1) * 4, 1));
    return { key: `T${n}-${year}`, type: "TERTIAL", year, number: n, start, end: periodEndOf("TERTIAL", start) };
  }
  const start = new Date(Date.UTC(year, 0, 1));
  if (m[2]) return { key: `D2-${year}`, type: "INTERIM", year, number: null, start, end: periodEndOf("INTERIM", start) };
  return { key: String(year), type: "YEAR", year, number: null, start, end: periodEndOf("YEAR", start) };
}

/**
 * What a report's periods are drawn from: the periods of the agreement, of its adopted action
 * plans and of its published citizen promises (the owners of the rows it reports), and the
 * periods of those rows' follow-ups. An action plan often runs on after its agreement (the
 * demo's agreement is of 2022–2023, its plan of 2024–2025), and a follow-up may lie outside
 * every owner's period.
 */
export interface ReportSpan {
  periods: { periodStart: Date; periodEnd: Date }[];
  followUps: { periodType: ReportingPeriod; periodStart: Date }[];
}

/** The years a report offers at most: options for more are of no use in a list. */
const MAX_REPORT_YEARS = 20;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The tertial `day` lies in. */
function tertialOf(day: Date): ReportPeriod {
  return parseReportPeriod(`T${Math.floor(day.getUTCMonth() / 4) + 1}-${day.getUTCFullYear()}`)!;
}

/**
 * The shortest report period that holds a whole follow-up: its tertial, else delår 2
 * (January–August), else its year. A month or a tertial is in its tertial, a half-year
 * January–June in delår 2, a year in the year.
 */
export function reportPeriodHolding(followUp: { periodType: ReportingPeriod; periodStart: Date }): ReportPeriod | null {
  const start = periodStartOf(followUp.periodType, followUp.periodStart);
  const end = periodEndOf(followUp.periodType, followUp.periodStart);
  const year = start.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  for (const p of [tertialOf(start), parseReportPeriod(`D2-${year}`)!, parseReportPeriod(String(year))!]) if (p.start <= start && end <= p.end) return p;
  return null;
}

/**
 * The period a report opens on, within the years the report covers (reportYears):
 *   - while those years include today's: the tertial today lies in;
 *   - when they are over: the latest period (tertial, else delår 2 or the year) that holds a
 *     follow-up of a row the report shows, so the report opens on what was last reported;
 *     with none, the last tertial of the last year;
 *   - when they have not begun: the first tertial of the first year.
 * Without a span, today's tertial.
 */
export function defaultReportPeriod(today = new Date(), span?: ReportSpan): ReportPeriod {
  const years = span ? reportYears(span) : [];
  const thisYear = today.getUTCFullYear();
  if (years.length === 0 || years.includes(thisYear)) return tertialOf(today);
  let latest: ReportPeriod | null = null;
  for (const f of span!.followUps) {
    const p = f.periodStart <= today ? reportPeriodHolding(f) : null;
    // The latest to end; of two that end together (T3 and the year), the year, which holds both.
    if (p && (!latest || p.end > latest.end || (p.end.getTime() === latest.end.getTime() && p.start < latest.start))) latest = p;
  }
  if (latest) return latest;
  const past = years.filter((y) => y < thisYear);
  return past.length > 0 ? parseReportPeriod(`T3-${past[past.length - 1]}`)! : parseReportPeriod(`T1-${years[0]}`)!;
}

/**
 * The years a report covers, in order: every year of the agreement's, its plans' and promises'
 * periods, and each year a follow-up lies in (years the portal's periods can name only).
 */
export function reportYears(span: ReportSpan): number[] {
  const years = new Set<number>();
  const add = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR && years.add(y);
  for (const p of span.periods) {
    const first = Math.max(p.periodStart.getUTCFullYear(), FIRST_YEAR);
    const last = Math.min(p.periodEnd.getUTCFullYear(), LAST_YEAR);
    for (let y = first; y <= last; y++) add(y);
  }
  for (const f of span.followUps) add(f.periodStart.getUTCFullYear());
  return [...years].sort((a, b) => a - b);
}

/**
 * The periods to choose from: each year the report covers (reportYears) with its tertials,
 * delår 2 and the year, and the period shown, which an address may name outside them: without
 * it, the form would offer another period as the one chosen. At most MAX_REPORT_YEARS years,
 * those nearest the period shown.
 */
export function reportPeriodChoices(years: readonly number[], shown?: ReportPeriod): ReportPeriod[] {
  const near = shown ? [...years].sort((a, b) => Math.abs(a - shown.year) - Math.abs(b - shown.year) || a - b).slice(0, MAX_REPORT_YEARS) : years.slice(-MAX_REPORT_YEARS);
  const out = [...near]
    .sort((a, b) => a - b)
    .flatMap((y) => [`T1-${y}`, `T2-${y}`, `T3-${y}`, `D2-${y}`, String(y)].map((key) => parseReportPeriod(key)!));
  if (!shown || out.some((p) => p.key === shown.key)) return out;
  // In order of years: before the first year after its own.
  const at = out.findIndex((p) => p.year > shown.year);
  return at === -1 ? [...out, shown] : [...out.slice(0, at), shown, ...out.slice(at)];
}

/**
 * The report an address asks for, on the page and in its PDF and CSV alike: `raw` is the
 * address's ?period= (absent or empty: the agreement's default period). Null, which answers
 * 404, for a period that names none (T4-2026, "x"), as for an agreement missing or out of reach.
 */
export async function reportForAddress(actor: Actor, agreementId: string, raw: string | string[] | null | undefined, today = new Date()) {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return agreementReport(actor, agreementId, null, today);
  const period = parseReportPeriod(value);
  return period ? agreementReport(actor, agreementId, period, today) : null;
}

/** Reports are for the parties' staff and administrators; forum members read their forums' work, not the agreement's figures. */
export function mayReadReports(actor: Actor): boolean {
  return actor.role !== "FORUM_MEMBER";
}

/**
 * The report of one agreement for one period: for each focus area the plan rows and
 * promise activities serving it, planned against done with the period's follow-up figures,
 * indicators against baseline and target, deviations with comments, open action items, and
 * who reported what and when. The state of each row and the counts per focus area come from
 * the dashboard's own query module (src/lib/dashboard/figures.ts), so they are the
 * dashboard's figures. A fixed number of queries; at most 2 000 rows. `asked` null: the
 * agreement's default period (defaultReportPeriod).
 */
export async function agreementReport(actor: Actor, agreementId: string, asked: ReportPeriod | null, today = new Date()) {
  // The page, its CSV and its PDF read the same report: kept while the database is unchanged.
  const key = [actor, agreementId, asked, startOfDay(today).toISOString()];
  return (await reports(key, async () => ({ report: await readAgreementReport(actor, agreementId, asked, today) }))).report;
}

const reports = unchangedDataCache<{ report: Awaited<ReturnType<typeof readAgreementReport>> }>({ entries: 100, maxAgeMs: 60_000 });

async function readAgreementReport(actor: Actor, agreementId: string, asked: ReportPeriod | null, today: Date) {
  if (!isUuid(agreementId) || !mayReadReports(actor)) return null;
  const prisma = await db();
  const agreement = await prisma.agreement.findFirst({
    where: { id: agreementId, ...jointScopeWhere(actor) },
    select: {
      id: true,
      title: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      municipality: { select: { id: true, name: true, slug: true } },
      policeArea: { select: { name: true } },
      goals: { select: { id: true, parentId: true, position: true, title: true }, orderBy: { position: "asc" } },
    },
  });
  if (!agreement) return null;

  const [groups, rows, span] = await Promise.all([progressGroups(actor, [agreementId], today), classifiedRows(actor, agreementId, today), reportSpan(agreement)]);
  const period = asked ?? defaultReportPeriod(today, span);
  const ids = rows.map((r) => r.id);
  const [details, items] = await Promise.all([
    prisma.activity.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        position: true,
        title: true,
        targetValue: true,
        targetUnit: true,
        indicatorTarget: true,
        goal: { select: { id: true, title: true } },
        indicator: {
          select: {
            name: true,
            unit: true,
            baselineValue: true,
            baselineOn: true,
            values: { where: { measuredOn: { lt: period.end } }, orderBy: { measuredOn: "desc" }, take: 1, select: { value: true, measuredOn: true } },
          },
        },
        responsibleOrgs: { select: { organisation: { select: { name: true } } } },
        followUps: {
          where: { periodStart: { lt: period.end } },
          orderBy: { periodStart: "asc" },
          select: { id: true, periodType: true, periodStart: true, status: true, rating: true, done: true, comment: true, createdAt: true, createdById: true, updatedAt: true, figures: { select: { label: true, value: true, countsTowardsTarget: true } } },
        },
      },
    }),
    prisma.actionItem.findMany({
      where: {
        status: { in: [...OPEN_STATUSES] },
        // Forum records are for the forum's members: the report lists the items of the reader's own forums.
        ...(actor.role === "ADMIN" ? {} : { forumId: { in: actor.forumIds } }),
        OR: [{ goal: { agreementId } }, { promise: { agreementId } }, { activity: { actionPlan: { agreementId } } }],
      },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, title: true, dueOn: true, status: true, goalId: true, activityId: true, forum: { select: { id: true, name: true } } },
    }),
  ]);
  const reporterIds = [...new Set(details.flatMap((d) => d.followUps.map((f) => f.createdById)).filter((id): id is string => id !== null))];
  const reporters = new Map(
    reporterIds.length === 0
      ? []
      : (await prisma.user.findMany({ where: { id: { in: reporterIds } }, select: { id: true, name: true, organisation: { select: { name: true } } } })).map((u) => [u.id, `${u.name} (${u.organisation.name})`] as const),
  );

  const byId = new Map(details.map((d) => [d.id, d]));
  const reportRows = rows.map((r) => reportRow(r, byId.get(r.id)!, period, reporters));

  const summary = summariseGroups(groups).get(agreementId);
  const focusOf = (goalId: string | null) => {
    const goal = agreement.goals.find((g) => g.id === goalId);
    return goal ? (goal.parentId ?? goal.id) : null;
  };
  const focusAreas = [...agreement.goals.filter((g) => g.parentId === null), null].map((goal) => {
    const id = goal?.id ?? null;
    const inFocus = reportRows.filter((r) => r.focusId === id);
    return {
      id,
      title: goal?.title ?? null,
      position: goal?.position ?? null,
      counts: summary?.byFocus.find((f) => f.id === id)?.counts ?? countRows([]),
      rows: inFocus,
      items: items.filter((i) => focusOf(i.goalId ?? (i.activityId ? (byId.get(i.activityId)?.goal?.id ?? null) : null)) === id),
    };
  });
  const reports = reportRows
    .flatMap((r) => r.periodFollowUps.map((f) => ({ row: r.title, rowId: r.id, ...f })))
    .sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
  return {
    agreement,
    period,
    /** The periods the page offers: the years the report covers, and the period shown. */
    periodChoices: reportPeriodChoices(reportYears(span), period),
    reporters: reportersOf(reports),
    today,
    totals: summary?.totals ?? countRows([]),
    lastReportedAt: summary?.lastReportedAt ?? null,
    focusAreas: focusAreas.filter((f) => f.id !== null || f.rows.length > 0 || f.items.length > 0),
    rows: reportRows,
    deviations: reportRows.filter((r) => r.state === "deviating" || r.periodFollowUps.some((f) => f.status === "DEVIATING" || f.rating === "RED")),
    items,
    reports,
  };
}

/**
 * The agreement's period, its adopted plans' and published promises' periods, and the distinct
 * periods of the follow-ups of their rows (the rows the report shows): one statement.
 */
async function reportSpan(agreement: { id: string; periodStart: Date; periodEnd: Date }): Promise<ReportSpan> {
  const prisma = await db();
  const found = await prisma.$queryRaw<{ periodType: ReportingPeriod | null; periodStart: Date; periodEnd: Date | null }[]>`
    WITH owners AS (
      SELECT ap.id, ap."periodStart", ap."periodEnd", 'plan' AS kind FROM "ActionPlan" ap WHERE ap."agreementId" = ${agreement.id}::uuid AND ap.status = 'ADOPTED'
      UNION ALL
      SELECT p.id, p."periodStart", p."periodEnd", 'promise' FROM "CitizenPromise" p WHERE p."agreementId" = ${agreement.id}::uuid AND p.status IN ('PUBLISHED', 'COMPLETED')
    )
    SELECT NULL::text AS "periodType", o."periodStart", o."periodEnd" FROM owners o
    UNION ALL
    SELECT DISTINCT fu."periodType"::text, fu."periodStart", NULL::date
    FROM (
      SELECT a.id FROM owners o JOIN "Activity" a ON a."actionPlanId" = o.id WHERE o.kind = 'plan'
      UNION ALL
      SELECT a.id FROM owners o JOIN "Activity" a ON a."promiseId" = o.id WHERE o.kind = 'promise'
    ) rows
    JOIN "ActivityFollowUp" fu ON fu."activityId" = rows.id`;
  return {
    periods: [{ periodStart: agreement.periodStart, periodEnd: agreement.periodEnd }, ...found.flatMap((x) => (x.periodEnd ? [{ periodStart: x.periodStart, periodEnd: x.periodEnd }] : []))],
    followUps: found.flatMap((x) => (x.periodType ? [{ periodType: x.periodType, periodStart: x.periodStart }] : [])),
  };
}

/**
 * Who reported in the period, one entry per reporter (null: the system), most follow-ups first:
 * how many follow-ups, on how many rows, the first and the latest. The report page shows this;
 * every single follow-up (row, period, who, when) is in `reports` and the PDF.
 */
export function reportersOf(reports: { rowId: string; reportedBy: string | null; reportedAt: Date }[]) {
  const by = new Map<string | null, { reportedBy: string | null; followUps: number; rows: Set<string>; first: Date; latest: Date }>();
  for (const x of reports) {
    const entry = by.get(x.reportedBy);
    if (!entry) by.set(x.reportedBy, { reportedBy: x.reportedBy, followUps: 1, rows: new Set([x.rowId]), first: x.reportedAt, latest: x.reportedAt });
    else {
      entry.followUps++;
      entry.rows.add(x.rowId);
      if (x.reportedAt < entry.first) entry.first = x.reportedAt;
      if (x.reportedAt > entry.latest) entry.latest = x.reportedAt;
    }
  }
  return [...by.values()]
    .map(({ rows, ...rest }) => ({ ...rest, rows: rows.size }))
    .sort((a, b) => b.followUps - a.followUps || compareSwedish(a.reportedBy ?? "", b.reportedBy ?? ""));
}

type Detail = {
  position: number;
  title: string;
  targetValue: number | null;
  targetUnit: string | null;
  indicatorTarget: number | null;
  goal: { id: string; title: string } | null;
  indicator: { name: string; unit: string; baselineValue: number; baselineOn: Date; values: { value: number; measuredOn: Date }[] } | null;
  responsibleOrgs: { organisation: { name: string } }[];
  followUps: {
    id: string;
    periodType: ReportingPeriod;
    periodStart: Date;
    status: ClassifiedRow["status"];
    rating: ClassifiedRow["rating"];
    done: string;
    comment: string;
    createdAt: Date;
    createdById: string | null;
    updatedAt: Date;
    figures: { label: string; value: number; countsTowardsTarget: boolean }[];
  }[];
};

/**
 * One row of the report. Its figures are those of the follow-ups whose period lies inside the
 * report's period (in the period), or ends by the period's end (to date), counted by the rule
 * every sum of figures follows (countedFigures): of overlapping periods, the longer follow-up's
 * figures replace the shorter ones', each figure it gives. A year's follow-up is therefore not
 * in its first tertial's figures to date, which would then hold what was done after the tertial.
 */
function reportRow(row: ClassifiedRow, d: Detail, reportPeriod: ReportPeriod, reporters: Map<string, string>) {
  const endsBy = (f: { periodType: ReportingPeriod; periodStart: Date }) => periodEndOf(f.periodType, f.periodStart) <= reportPeriod.end;
  const toDate = d.followUps.filter(endsBy);
  const period = toDate.filter((f) => f.periodStart >= reportPeriod.start);
  const inPeriod = countedFigures(period);
  return {
    ...row,
    position: d.position,
    title: d.title,
    goal: d.goal,
    responsible: d.responsibleOrgs.map((r) => r.organisation.name),
    target: d.targetValue,
    unit: d.targetUnit,
    /** Counted towards the target in the period, and from the start to the period's end. */
    achievedInPeriod: inPeriod.achieved,
    achievedToDate: countedFigures(toDate).achieved,
    figures: inPeriod.totals,
    indicator: d.indicator
      ? { name: d.indicator.name, unit: d.indicator.unit, baseline: d.indicator.baselineValue, baselineOn: d.indicator.baselineOn, target: d.indicatorTarget, latest: d.indicator.values[0] ?? null }
      : null,
    periodFollowUps: period.map((f) => ({
      id: f.id,
      periodType: f.periodType,
      periodStart: f.periodStart,
      status: f.status,
      rating: f.rating,
      done: f.done,
      comment: f.comment,
      reportedAt: f.createdAt,
      reportedBy: f.createdById ? (reporters.get(f.createdById) ?? null) : null,
    })),
  };
}

export type AgreementReport = NonNullable<Awaited<ReturnType<typeof agreementReport>>>;
export type ReportRow = AgreementReport["rows"][number];
export type { StateCounts };
