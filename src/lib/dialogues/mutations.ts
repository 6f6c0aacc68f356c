import { ConflictError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized } from "@/lib/auth/permissions";
import { quotingRecordsChanged } from "@/lib/approvals/quoting";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/db";
import { guardPersonalData } from "@/lib/promises/mutations";
import type { TCreateDialogue, TUpdateDialogue } from "./schemas";

const fields = (input: TCreateDialogue | TUpdateDialogue) => ({
  title: input.title,
  startsAt: input.startsAt,
  place: input.place,
  format: input.format,
  participantCount: input.participantCount,
  themes: input.themes,
  announced: input.announced,
});

/** What a linked promise's public copy quotes of a dialogue (not whether it is announced). */
const QUOTED_BY_PROMISES = ["title", "startsAt", "place", "format", "participantCount", "themes"] as const;

/** Citizen dialogues hold what residents said, as counts and themes, never who said it. */
export async function createDialogue(actor: Actor, input: TCreateDialogue) {
  guardPersonalData({ title: input.title, place: input.place, format: input.format, themes: input.themes }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    assertAuthorized(actor, "dialogue.manage", { type: "municipal", municipalityId: input.municipalityId });
    const dialogue = await tx.citizenDialogue.create({ data: { ...fields(input), municipalityId: input.municipalityId, createdById: actor.id, updatedById: actor.id } });
    await recordAudit(
      { userId: actor.id, action: "dialogue.create", entityType: "CitizenDialogue", entityId: dialogue.id, municipalityId: input.municipalityId, entityVersion: 1, changes: diffFields({}, fields(input)) as never },
      tx,
    );
    return dialogue;
  });
}

export async function updateDialogue(actor: Actor, input: TUpdateDialogue) {
  guardPersonalData({ title: input.title, place: input.place, format: input.format, themes: input.themes }, input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const before = await tx.citizenDialogue.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("CitizenDialogue");
    assertAuthorized(actor, "dialogue.manage", { type: "municipal", municipalityId: before.municipalityId });
    const { count } = await tx.citizenDialogue.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...fields(input), updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("CitizenDialogue", before.id, input.version);
    const changes = diffFields(before, fields(input));
    await recordAudit(
      { userId: actor.id, action: "dialogue.update", entityType: "CitizenDialogue", entityId: before.id, municipalityId: before.municipalityId, entityVersion: input.version + 1, changes: changes as never },
      tx,
    );
    if (QUOTED_BY_PROMISES.some((field) => field in changes)) await quotingRecordsChanged(tx, actor, { promises: { dialogues: { some: { dialogueId: before.id } } } });
    return before;
  });
}
