import type { AgreementStatus, PromiseStatus } from "@/generated/prisma/enums";
import { CURRENT_AGREEMENT_STATUSES, PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { buildTree, flatten } from "@/lib/goals/tree";
import { PUBLIC_PROMISE_STATUSES } from "@/lib/promises/publishing";
import type { PromiseSnapshot } from "@/lib/promises/snapshot";
import { compareSwedish } from "@/lib/format/intl";

/**
 * What an action item may concern, and what of it a forum member sees. Forum members who
 * may not read the joint records (role FORUM_MEMBER, or outside the records' scope) see
 * only what is public: goals of adopted agreements, and promises and their activities as
 * last published. Officials and police staff see everything in their scope.
 */

type Reader = Pick<Tx, "goal" | "citizenPromise" | "activity">;
type Joint = { municipalityId: string; policeAreaId: string | null };
type PromiseRow = Joint & { status: PromiseStatus; publications: { snapshot: unknown }[] };

export type ConcernKind = "goal" | "promise" | "activity";
/** The agreement a goal belongs to, or the promise an activity belongs to (and the promise itself). */
export interface ConcernGroup {
  id: string;
  kind: "agreement" | "promise";
  title: string;
  periodStart: Date;
  periodEnd: Date;
}
export interface ConcernOption {
  value: string;
  kind: ConcernKind;
  title: string;
  /** How the agreement numbers a goal ("1", "2.1"), or an activity's row in the plan; none for a promise. */
  number: string | null;
  group: ConcernGroup;
}
/** What an item concerns as its reader may see it: a null title is a record they may not read. */
export interface ConcernView {
  kind: ConcernKind;
  title: string | null;
}

const readsAgreement = (actor: Actor, agreement: Joint) => authorize(actor, "agreement.read", { type: "joint", ...agreement });
const readsPromise = (actor: Actor, promise: Joint) => authorize(actor, "promise.read", { type: "joint", ...promise });

/** The approved copy the public reads, or null while the promise is not public. */
function published(promise: PromiseRow): PromiseSnapshot | null {
  if (!PUBLIC_PROMISE_STATUSES.includes(promise.status)) return null;
  return (promise.publications[0]?.snapshot as PromiseSnapshot | undefined) ?? null;
}

const jointSelect = { municipalityId: true, policeAreaId: true } as const;
const promiseSelect = {
  ...jointSelect,
  status: true,
  publications: { orderBy: { publishedAt: "desc" }, take: 1, select: { snapshot: true } },
} as const;

/**
 * The goals, promises and activities of a municipality the actor may link an item to, in
 * the order a picker shows them: goals by agreement, the current agreement first, each goal
 * numbered as its agreement numbers it; then each promise with its activities.
 */
export async function concernOptions(client: Reader, actor: Actor, municipalityId: string): Promise<ConcernOption[]> {
  const [goals, promises] = await Promise.all([
    client.goal.findMany({
      where: { agreement: { municipalityId } },
      select: {
        id: true,
        title: true,
        parentId: true,
        position: true,
        agreement: { select: { id: true, title: true, periodStart: true, periodEnd: true, ...jointSelect, status: true } },
      },
    }),
    client.citizenPromise.findMany({
      where: { municipalityId },
      orderBy: [{ periodStart: "desc" }, { title: "asc" }],
      select: { id: true, title: true, periodStart: true, periodEnd: true, ...promiseSelect, activities: { orderBy: { position: "asc" }, select: { id: true, title: true, position: true } } },
    }),
  ]);

  const agreements = new Map<string, { agreement: (typeof goals)[number]["agreement"]; goals: typeof goals }>();
  for (const goal of goals) {
    if (!readsAgreement(actor, goal.agreement) && !CURRENT_AGREEMENT_STATUSES.includes(goal.agreement.status)) continue;
    const entry = agreements.get(goal.agreement.id) ?? { agreement: goal.agreement, goals: [] };
    entry.goals.push(goal);
    agreements.set(goal.agreement.id, entry);
  }
  const current = (a: { status: AgreementStatus }) => (CURRENT_AGREEMENT_STATUSES.includes(a.status) ? 0 : 1);
  const ordered = [...agreements.values()].sort(
    (a, b) => current(a.agreement) - current(b.agreement) || b.agreement.periodStart.getTime() - a.agreement.periodStart.getTime() || compareSwedish(a.agreement.title, b.agreement.title),
  );
  const options: ConcernOption[] = ordered.flatMap(({ agreement, goals: own }) => {
    const group: ConcernGroup = { id: agreement.id, kind: "agreement", title: agreement.title, periodStart: agreement.periodStart, periodEnd: agreement.periodEnd };
    return flatten(buildTree(own)).map((g) => ({ value: `goal:${g.id}`, kind: "goal" as const, title: g.title, number: g.number, group }));
  });

  for (const p of promises) {
    if (readsPromise(actor, p)) {
      const group: ConcernGroup = { id: p.id, kind: "promise", title: p.title, periodStart: p.periodStart, periodEnd: p.periodEnd };
      options.push({ value: `promise:${p.id}`, kind: "promise", title: p.title, number: null, group });
      options.push(...p.activities.map((a) => ({ value: `activity:${a.id}`, kind: "activity" as const, title: a.title, number: String(a.position + 1), group })));
      continue;
    }
    const copy = published(p);
    if (!copy) continue;
    const existing = new Set(p.activities.map((a) => a.id));
    const group: ConcernGroup = { id: p.id, kind: "promise", title: copy.title, periodStart: new Date(copy.periodStart), periodEnd: new Date(copy.periodEnd) };
    options.push({ value: `promise:${p.id}`, kind: "promise", title: copy.title, number: null, group });
    options.push(
      ...[...copy.activities]
        .sort((a, b) => a.position - b.position)
        .filter((a) => existing.has(a.id))
        .map((a) => ({ value: `activity:${a.id}`, kind: "activity" as const, title: a.title, number: String(a.position + 1), group })),
    );
  }
  return options;
}

/**
 * Whether an item may concern these records: "elsewhere" for another municipality's (or
 * none), "hidden" for one the actor may neither read nor see published, otherwise "ok".
 */
export async function checkConcern(
  client: Reader,
  actor: Actor,
  municipalityId: string,
  about: { goalId: string | null; promiseId: string | null; activityId: string | null },
): Promise<"ok" | "elsewhere" | "hidden"> {
  // One after the other: `client` is a transaction when an item is saved, one connection that runs one query at a time.
  const goal = about.goalId ? await client.goal.findUnique({ where: { id: about.goalId }, select: { agreement: { select: { ...jointSelect, status: true } } } }) : undefined;
  const promise = about.promiseId ? await client.citizenPromise.findUnique({ where: { id: about.promiseId }, select: promiseSelect }) : undefined;
  const activity = about.activityId ? await client.activity.findUnique({ where: { id: about.activityId }, select: { id: true, promise: { select: promiseSelect } } }) : undefined;
  const results: ("ok" | "elsewhere" | "hidden")[] = [];
  if (goal !== undefined) {
    if (!goal || goal.agreement.municipalityId !== municipalityId) results.push("elsewhere");
    else if (!readsAgreement(actor, goal.agreement) && !CURRENT_AGREEMENT_STATUSES.includes(goal.agreement.status)) results.push("hidden");
  }
  if (promise !== undefined) {
    if (!promise || promise.municipalityId !== municipalityId) results.push("elsewhere");
    else if (!readsPromise(actor, promise) && !published(promise)) results.push("hidden");
  }
  if (activity !== undefined) {
    // A measure of an action plan (no promise) is not something a forum item concerns.
    if (!activity || !activity.promise || activity.promise.municipalityId !== municipalityId) results.push("elsewhere");
    else if (!readsPromise(actor, activity.promise) && !published(activity.promise)?.activities.some((a) => a.id === activity.id)) results.push("hidden");
  }
  return results.includes("elsewhere") ? "elsewhere" : results.includes("hidden") ? "hidden" : "ok";
}

/** The relations `concernView` needs, for an action item's `include`. */
export const concernInclude = {
  goal: { select: { title: true, agreement: { select: { ...jointSelect, status: true } } } },
  promise: { select: { title: true, ...promiseSelect } },
  activity: { select: { id: true, title: true, promise: { select: promiseSelect } } },
} as const;

interface ConcernRows {
  goal: { title: string; agreement: Joint & { status: AgreementStatus } } | null;
  promise: ({ title: string } & PromiseRow) | null;
  activity: { id: string; title: string; promise: PromiseRow | null } | null;
}

/** What an item concerns, with the title its reader may see: public text, or null when none. */
export function concernView(actor: Actor, item: ConcernRows): ConcernView | null {
  if (item.goal) {
    const { agreement } = item.goal;
    return { kind: "goal", title: readsAgreement(actor, agreement) || PUBLIC_AGREEMENT_STATUSES.includes(agreement.status) ? item.goal.title : null };
  }
  if (item.promise) {
    return { kind: "promise", title: readsPromise(actor, item.promise) ? item.promise.title : (published(item.promise)?.title ?? null) };
  }
  if (item.activity) {
    const { activity } = item;
    if (!activity.promise) return { kind: "activity", title: null };
    if (readsPromise(actor, activity.promise)) return { kind: "activity", title: activity.title };
    return { kind: "activity", title: published(activity.promise)?.activities.find((a) => a.id === activity.id)?.title ?? null };
  }
  return null;
}

/** An item with its concerned records replaced by what the actor may see of them. */
export function withConcernView<T extends ConcernRows>(actor: Actor, item: T): Omit<T, keyof ConcernRows> & { concern: ConcernView | null } {
  const { goal, promise, activity, ...rest } = item;
  return { ...rest, concern: concernView(actor, { goal, promise, activity }) };
}
