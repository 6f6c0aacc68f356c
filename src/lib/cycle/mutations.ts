import { ConflictError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import type { TCycleSettings } from "./schemas";

/** The coordinating function (by role, never a name) and how often the cycle is revised. */
export async function updateCycleSettings(actor: Actor, input: TCycleSettings) {
  return transaction(async (tx) => {
    const before = await tx.municipality.findUnique({ where: { id: input.municipalityId } });
    if (!before) throw new NotFoundError("Municipality");
    assertAuthorized(actor, "cycle.write", { type: "cycle", municipalityId: before.id, policeAreaId: null, linkedForumIds: [] });
    if (before.version !== input.version) throw new ConflictError("Municipality", before.id, input.version);
    const fields = { coordinatingFunction: input.coordinatingFunction, revisionIntervalMonths: input.revisionIntervalMonths };
    const { count } = await tx.municipality.updateMany({ where: { id: before.id, version: input.version }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("Municipality", before.id, input.version);
    await recordAudit(
      { userId: actor.id, action: "municipality.cycleSettings", entityType: "Municipality", entityId: before.id, municipalityId: before.id, entityVersion: input.version + 1, changes: diffFields(before as Record<string, unknown>, fields) as never },
      tx,
    );
    return { slug: before.slug };
  });
}
