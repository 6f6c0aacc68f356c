import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import type { TCreateMunicipality, TUpdateMunicipality } from "./schemas";
import { swedishToday } from "@/lib/format/dates";

const SYSTEM = { type: "system" } as const;

const fields = (input: TCreateMunicipality) => ({
  name: input.name,
  slug: input.slug,
  code: input.code,
  contactEmail: input.contactEmail,
  contactPhone: input.contactPhone,
  contactRoles: input.contactRoles,
  privacyContactEmail: input.privacyContactEmail,
  accessibilityCompliance: input.accessibilityCompliance,
  accessibilityIssues: input.accessibilityIssues,
  accessibilityTestedOn: input.accessibilityTestedOn,
});

/** The parts of the accessibility statement stored on the municipality: a change to any dates the statement. */
const STATEMENT_FIELDS = ["contactEmail", "contactPhone", "accessibilityCompliance", "accessibilityIssues", "accessibilityTestedOn"] as const;

/** Slug and SCB code name one municipality each; a clash is refused at its field. */
async function refuseDuplicates(tx: Tx, input: { slug: string; code: string }, selfId?: string) {
  const notSelf = selfId ? { id: { not: selfId } } : {};
  if (await tx.municipality.findFirst({ where: { slug: input.slug, ...notSelf }, select: { id: true } })) {
    throw new DomainError("admin.errors.slugTaken", "slug");
  }
  if (await tx.municipality.findFirst({ where: { code: input.code, ...notSelf }, select: { id: true } })) {
    throw new DomainError("admin.errors.scbCodeTaken", "code");
  }
}

export async function createMunicipality(actor: Actor, input: TCreateMunicipality) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "municipality.manage", SYSTEM);
    await refuseDuplicates(tx, input);
    const municipality = await tx.municipality.create({
      data: { ...fields(input), accessibilityUpdatedOn: swedishToday(), createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(
      {
        userId: actor.id,
        action: "municipality.create",
        entityType: "Municipality",
        entityId: municipality.id,
        municipalityId: municipality.id,
        entityVersion: 1,
        changes: diffFields({}, fields(input)) as never,
      },
      tx,
    );
    return municipality;
  });
}

export async function updateMunicipality(actor: Actor, input: TUpdateMunicipality) {
  return transaction(async (tx) => {
    assertAuthorized(actor, "municipality.manage", SYSTEM);
    const before = await tx.municipality.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Municipality");
    if (before.version !== input.version) throw new ConflictError("Municipality", before.id, input.version);
    await refuseDuplicates(tx, input, before.id);
    const changes = diffFields(before as Record<string, unknown>, fields(input));
    const statementChanged = STATEMENT_FIELDS.some((f) => f in changes);
    const { count } = await tx.municipality.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        ...fields(input),
        ...(statementChanged ? { accessibilityUpdatedOn: swedishToday() } : {}),
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("Municipality", before.id, input.version);
    await recordAudit(
      {
        userId: actor.id,
        action: "municipality.update",
        entityType: "Municipality",
        entityId: before.id,
        municipalityId: before.id,
        entityVersion: input.version + 1,
        changes: changes as never,
      },
      tx,
    );
    return { id: before.id, slugBefore: before.slug };
  });
}
