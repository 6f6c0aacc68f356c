import { equalsText } from "@/lib/pagination/filter";
import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { quotingRecordsChanged } from "@/lib/approvals/quoting";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import type { TCreateOrganisation, TUpdateOrganisation } from "./schemas";

const SYSTEM = { type: "system" } as const;

/** A name is used once within a municipality, and once within a police area. */
async function refuseDuplicateName(tx: Tx, place: { municipalityId: string | null; policeAreaId: string | null }, name: string, selfId?: string) {
  const clash = await tx.organisation.findFirst({
    where: {
      name: equalsText(name),
      ...(place.municipalityId ? { municipalityId: place.municipalityId } : { policeAreaId: place.policeAreaId }),
      ...(selfId ? { id: { not: selfId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw new DomainError("admin.errors.organisationNameTaken", "name");
}

export async function createOrganisation(actor: Actor, input: TCreateOrganisation) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "organisation.manage", SYSTEM);
    if (input.municipalityId && !(await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true } }))) {
      throw new DomainError("admin.errors.municipalityRequired", "municipalityId");
    }
    if (input.policeAreaId && !(await tx.policeArea.findUnique({ where: { id: input.policeAreaId }, select: { id: true } }))) {
      throw new DomainError("admin.errors.policeAreaRequired", "policeAreaId");
    }
    await refuseDuplicateName(tx, input, input.name);
    const organisation = await tx.organisation.create({
      data: {
        kind: input.kind,
        name: input.name,
        shortName: input.shortName,
        municipalityId: input.municipalityId,
        policeAreaId: input.policeAreaId,
        createdById: actor.id,
        updatedById: actor.id,
      },
    });
    await recordAudit(
      {
        userId: actor.id,
        action: "organisation.create",
        entityType: "Organisation",
        entityId: organisation.id,
        municipalityId: organisation.municipalityId,
        entityVersion: 1,
        changes: diffFields({}, { kind: input.kind, name: input.name, shortName: input.shortName }) as never,
      },
      tx,
    );
    return organisation;
  });
}

export async function updateOrganisation(actor: Actor, input: TUpdateOrganisation) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "organisation.manage", SYSTEM);
    const before = await tx.organisation.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Organisation");
    if (before.version !== input.version) throw new ConflictError("Organisation", before.id, input.version);
    await refuseDuplicateName(tx, before, input.name, before.id);
    const { count } = await tx.organisation.updateMany({
      where: { id: before.id, version: input.version },
      data: { name: input.name, shortName: input.shortName, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Organisation", before.id, input.version);
    // Action plans name the organisations responsible for each measure.
    if (input.name !== before.name) {
      await quotingRecordsChanged(tx, actor, { actionPlans: { activities: { some: { responsibleOrgs: { some: { organisationId: before.id } } } } } });
    }
    await recordAudit(
      {
        userId: actor.id,
        action: "organisation.update",
        entityType: "Organisation",
        entityId: before.id,
        municipalityId: before.municipalityId,
        entityVersion: input.version + 1,
        changes: diffFields(before as Record<string, unknown>, { name: input.name, shortName: input.shortName }) as never,
      },
      tx,
    );
    return { id: before.id };
  });
}
