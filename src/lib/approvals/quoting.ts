import type { Prisma } from "@/generated/prisma/client";
import { isEditable as isPlanEditable } from "@/lib/action-plans/lifecycle";
import { actionPlanChanged } from "@/lib/action-plans/mutations";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { promisePlanChanged } from "@/lib/promises/mutations";
import { isEditable as isPromiseEditable } from "@/lib/promises/publishing";
import { lockSubject } from "./lock-subject";

/**
 * Something promises and action plans quote from another record changed: a citizen dialogue, a
 * goal's title, a lägesbild's title or date, an organisation's name. The parties approve a
 * record as it then reads, so each one quoting the change gets a new version with its approvals
 * withdrawn, and an approval given before the change cannot publish or adopt it. Each is locked
 * first, in one order, as its approvals and edits lock it. An adopted plan and a completed promise
 * are fixed: their approvals are the record of that, the public reads their frozen copy, and
 * nothing is approved for them again, so they are left as they are.
 */
export async function quotingRecordsChanged(tx: Tx, actor: Actor, quoting: { promises?: Prisma.CitizenPromiseWhereInput; actionPlans?: Prisma.ActionPlanWhereInput }) {
  // The status is read again under the lock: an approval may have adopted or published the record in between.
  if (quoting.promises) {
    for (const { id } of await tx.citizenPromise.findMany({ where: quoting.promises, orderBy: { id: "asc" }, select: { id: true } })) {
      await lockSubject(tx, "CitizenPromise", id);
      const promise = await tx.citizenPromise.findUniqueOrThrow({ where: { id }, select: { id: true, municipalityId: true, status: true } });
      if (isPromiseEditable(promise.status)) await promisePlanChanged(tx, actor, promise);
    }
  }
  if (quoting.actionPlans) {
    for (const { id } of await tx.actionPlan.findMany({ where: quoting.actionPlans, orderBy: { id: "asc" }, select: { id: true } })) {
      await lockSubject(tx, "ActionPlan", id);
      const plan = await tx.actionPlan.findUniqueOrThrow({ where: { id }, select: { status: true, agreement: { select: { municipalityId: true } } } });
      if (isPlanEditable(plan.status)) await actionPlanChanged(tx, actor, { id, municipalityId: plan.agreement.municipalityId });
    }
  }
}
