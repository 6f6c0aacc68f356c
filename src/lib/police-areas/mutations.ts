import { uuidList } from "@/lib/db/uuid-list";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import type { TCreatePoliceArea, TUpdatePoliceArea } from "./schemas";

const SYSTEM = { type: "system" } as const;

async function refuseDuplicateSlug(tx: Tx, slug: string, selfId?: string) {
  const clash = await tx.policeArea.findFirst({ where: { slug, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError("admin.errors.slugTaken", "slug");
}

/**
 * Makes the area cover exactly `municipalityIds` from now on. A municipality belongs to one
 * area at a time: one covered by another area is refused (remove it there first). Each
 * change closes or opens a period in PoliceAreaCoverage, so that who covered what, and
 * when, stays known. The municipalities' rows are locked first, in one order, so two areas
 * taking the same municipality at once run one after the other and the second is refused.
 * Returns the names before and after, for the audit entry.
 */
async function setCoverage(tx: Tx, actor: Actor, areaId: string, municipalityIds: string[]) {
  const wanted = [...new Set(municipalityIds)].sort();
  const current = await tx.policeAreaMunicipality.findMany({ where: { policeAreaId: areaId }, select: { municipalityId: true } });
  const currentIds = current.map((c) => c.municipalityId);
  const toAdd = wanted.filter((id) => !currentIds.includes(id));
  const toRemove = currentIds.filter((id) => !wanted.includes(id));

  if (toAdd.length > 0) {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM "Municipality" WHERE id IN (${uuidList(toAdd)}) ORDER BY id FOR UPDATE`;
    if (locked.length !== toAdd.length) throw new DomainError("validation.invalid", "municipalityIds");
    const taken = await tx.policeAreaMunicipality.findFirst({ where: { municipalityId: { in: toAdd }, policeAreaId: { not: areaId } }, select: { municipalityId: true } });
    if (taken) throw new DomainError("admin.errors.municipalityCovered", "municipalityIds");
  }
  const now = new Date();
  if (toRemove.length > 0) {
    await tx.policeAreaMunicipality.deleteMany({ where: { policeAreaId: areaId, municipalityId: { in: toRemove } } });
    await tx.policeAreaCoverage.updateMany({
      where: { policeAreaId: areaId, municipalityId: { in: toRemove }, endedAt: null },
      data: { endedAt: now, endedById: actor.id },
    });
  }
  if (toAdd.length > 0) {
    await tx.policeAreaMunicipality.createMany({ data: toAdd.map((municipalityId) => ({ policeAreaId: areaId, municipalityId })) });
    await tx.policeAreaCoverage.createMany({ data: toAdd.map((municipalityId) => ({ policeAreaId: areaId, municipalityId, startedAt: now, startedById: actor.id })) });
  }
  const names = async (ids: string[]) =>
    ids.length === 0 ? [] : (await tx.municipality.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { name: true } })).map((m) => m.name);
  return { before: await names(currentIds), after: await names(wanted), added: toAdd, removed: toRemove };
}

/** A new police area covering the municipalities chosen, with its own unit (an organisation of the same name) for its staff. */
export async function createPoliceArea(actor: Actor, input: TCreatePoliceArea) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "policeArea.manage", SYSTEM);
    await refuseDuplicateSlug(tx, input.slug);
    const area = await tx.policeArea.create({ data: { name: input.name, slug: input.slug, createdById: actor.id, updatedById: actor.id } });
    const coverage = await setCoverage(tx, actor, area.id, input.municipalityIds);
    await recordAudit(
      {
        userId: actor.id,
        action: "policeArea.create",
        entityType: "PoliceArea",
        entityId: area.id,
        entityVersion: 1,
        changes: diffFields({}, { name: input.name, slug: input.slug, municipalities: coverage.after }) as never,
      },
      tx,
    );
    const unit = await tx.organisation.create({
      data: { kind: "POLICE_AREA", name: input.name, policeAreaId: area.id, createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(
      {
        userId: actor.id,
        action: "organisation.create",
        entityType: "Organisation",
        entityId: unit.id,
        entityVersion: 1,
        changes: diffFields({}, { kind: unit.kind, name: unit.name, policeArea: input.name }) as never,
      },
      tx,
    );
    return area;
  });
}

export async function updatePoliceArea(actor: Actor, input: TUpdatePoliceArea) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "policeArea.manage", SYSTEM);
    const before = await tx.policeArea.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("PoliceArea");
    if (before.version !== input.version) throw new ConflictError("PoliceArea", before.id, input.version);
    await refuseDuplicateSlug(tx, input.slug, before.id);
    const { count } = await tx.policeArea.updateMany({
      where: { id: before.id, version: input.version },
      data: { name: input.name, slug: input.slug, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("PoliceArea", before.id, input.version);
    const coverage = await setCoverage(tx, actor, before.id, input.municipalityIds);
    await recordAudit(
      {
        userId: actor.id,
        action: "policeArea.update",
        entityType: "PoliceArea",
        entityId: before.id,
        entityVersion: input.version + 1,
        changes: diffFields({ name: before.name, slug: before.slug, municipalities: coverage.before }, { name: input.name, slug: input.slug, municipalities: coverage.after }) as never,
      },
      tx,
    );
    return { id: before.id };
  });
}
