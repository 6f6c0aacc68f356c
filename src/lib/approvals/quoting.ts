import type { Prisma } from "@/generated/prisma/client";
import { actionPlanChanged } from "@/lib/action-plans/mutations";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { promisePlanChanged } from "@/lib/promises/mutations";
import { lockSubject } from "./lock-subject";

/**
 * Something promises and action plans quote from another record changed: a citizen dialogue, a
 * goal's title, a lägesbild's title or date, an organisation's name. The parties approve a
 * record as it then reads, so each one quoting the change gets a new version with its approvals
 * withdrawn, and an approval given before the change cannot publish or adopt it. Each is locked
 * first, in one order, as its approvals and edits lock it.
 */
export async function quotingRecordsChanged(tx: Tx, actor: Actor, quoting: { promises?: Prisma.CitizenPromiseWhereInput; actionPlans?: Prisma.ActionPlanWhereInput }) {
  if (quoting.promises) {
    for (const promise of await tx.citizenPromise.findMany({ where: quoting.promises, orderBy: { id: "asc" }, select: { id: true, municipalityId: true } })) {
      await lockSubject(tx, "CitizenPromise", promise.id);
      await promisePlanChanged(tx, actor, promise);
    }
  }
  if (quoting.actionPlans) {
    const plans = await tx.actionPlan.findMany({ where: quoting.actionPlans, orderBy: { id: "asc" }, select: { id: true, agreement: { select: { municipalityId: true } } } });
    for (const { id, agreement } of plans) {
      await lockSubject(tx, "ActionPlan", id);
      await actionPlanChanged(tx, actor, { id, municipalityId: agreement.municipalityId });
    }
  }
}
