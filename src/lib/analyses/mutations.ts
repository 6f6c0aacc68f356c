import { ConflictError, DomainError, NotFoundError } from "@/lib/actions/domain-error";
import type { Actor } from "@/lib/auth/actor";
import { assertAuthorized, type Action } from "@/lib/auth/permissions";
import { quotingRecordsChanged } from "@/lib/approvals/quoting";
import { diffFields, recordAudit } from "@/lib/audit/record";
import { transaction, type Tx } from "@/lib/db";
import { guardPersonalData } from "@/lib/promises/mutations";
import { analysisResource } from "./queries";
import { ANALYSIS_FREE_TEXT, type AnalysisContent, type TCreateAnalysis, type TCreateIndicator, type TDeleteIndicatorValue, type TRecordIndicatorValue, type TUpdateAnalysis } from "./schemas";

function scalars(input: AnalysisContent) {
  return {
    title: input.title,
    asOf: input.asOf,
    crimeSurvey: input.crimeSurvey,
    otherInformation: input.otherInformation,
    analysis: input.analysis,
    sourcesUsed: input.sourcesUsed,
    sourcesLeftOut: input.sourcesLeftOut,
    limitations: input.limitations,
    participants: input.participants,
    presentedOn: input.presentedOn,
    presentedTo: input.presentedTo,
    situationalPictureId: input.situationalPictureId,
  };
}

/** The weekly situational picture referred to must be one of the same municipality's forums. */
async function validatePicture(tx: Tx, pictureId: string | null, municipalityId: string) {
  if (!pictureId) return;
  const picture = await tx.situationalPicture.findFirst({ where: { id: pictureId, forum: { municipalityId } }, select: { id: true } });
  if (!picture) throw new DomainError("cycle.errors.pictureElsewhere", "situationalPictureId");
}

/** A lägesbild for a write, in the actor's reach; its version is checked by the caller. */
export async function loadAnalysisForWrite(tx: Tx, actor: Actor, id: string, action: Action = "cycle.write") {
  const analysis = await tx.situationalAnalysis.findUnique({ where: { id } });
  if (!analysis) throw new NotFoundError("SituationalAnalysis");
  assertAuthorized(actor, action, await analysisResource(tx, analysis));
  return analysis;
}

const audit = (actor: Actor, action: string, a: { id: string; municipalityId: string }, extra: { entityVersion?: number; changes?: unknown; entityType?: string; entityId?: string }) =>
  ({ userId: actor.id, action, entityType: "SituationalAnalysis", entityId: a.id, municipalityId: a.municipalityId, contextId: a.id, ...extra }) as never;

export async function createAnalysis(actor: Actor, input: TCreateAnalysis) {
  guardPersonalData(Object.fromEntries(ANALYSIS_FREE_TEXT.map((k) => [k, input[k]])), input.confirmNoPersonalData);
  return transaction(async (tx) => {
    assertAuthorized(actor, "cycle.write", { type: "cycle", municipalityId: input.municipalityId, policeAreaId: null, linkedForumIds: [] });
    await validatePicture(tx, input.situationalPictureId, input.municipalityId);
    const analysis = await tx.situationalAnalysis.create({
      data: { ...scalars(input), municipalityId: input.municipalityId, createdById: actor.id, updatedById: actor.id },
    });
    await recordAudit(audit(actor, "analysis.create", analysis, { entityVersion: 1, changes: diffFields({}, scalars(input)) }), tx);
    return analysis;
  });
}

export async function updateAnalysis(actor: Actor, input: TUpdateAnalysis) {
  guardPersonalData(Object.fromEntries(ANALYSIS_FREE_TEXT.map((k) => [k, input[k]])), input.confirmNoPersonalData);
  return transaction(async (tx) => {
    const before = await loadAnalysisForWrite(tx, actor, input.id);
    if (before.version !== input.version) throw new ConflictError("SituationalAnalysis", before.id, input.version);
    await validatePicture(tx, input.situationalPictureId, before.municipalityId);
    const { count } = await tx.situationalAnalysis.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...scalars(input), updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("SituationalAnalysis", before.id, input.version);
    const changes = diffFields(before as Record<string, unknown>, scalars(input));
    await recordAudit(audit(actor, "analysis.update", before, { entityVersion: input.version + 1, changes }), tx);
    // Action plans built on the lägesbild quote its title and date.
    if ("title" in changes || "asOf" in changes) await quotingRecordsChanged(tx, actor, { actionPlans: { analysisId: before.id } });
    return { id: before.id };
  });
}

/** A new indicator is a change of the lägesbild: a new version of it, in its history. */
export async function createIndicator(actor: Actor, input: TCreateIndicator) {
  return transaction(async (tx) => {
    const analysis = await loadAnalysisForWrite(tx, actor, input.analysisId);
    const last = await tx.indicator.findFirst({ where: { analysisId: analysis.id }, orderBy: { position: "desc" }, select: { position: true } });
    const { analysisId, ...fields } = input;
    const indicator = await tx.indicator.create({ data: { ...fields, analysisId, position: (last?.position ?? -1) + 1 } });
    const updated = await tx.situationalAnalysis.update({ where: { id: analysis.id }, data: { version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(
      audit(actor, "indicator.create", analysis, { entityType: "Indicator", entityId: indicator.id, entityVersion: updated.version, changes: diffFields({}, fields) }),
      tx,
    );
    return indicator;
  });
}

/** A later value in an indicator's series (one per date). */
export async function recordIndicatorValue(actor: Actor, input: TRecordIndicatorValue) {
  return transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: input.indicatorId }, select: { id: true, analysisId: true } });
    if (!indicator) throw new NotFoundError("Indicator");
    const analysis = await loadAnalysisForWrite(tx, actor, indicator.analysisId);
    const clash = await tx.indicatorValue.findUnique({ where: { indicatorId_measuredOn: { indicatorId: indicator.id, measuredOn: input.measuredOn } }, select: { id: true } });
    if (clash) throw new DomainError("cycle.errors.valueTaken", "measuredOn");
    const value = await tx.indicatorValue.create({ data: { ...input, createdById: actor.id } });
    await recordAudit(
      audit(actor, "indicator.value", analysis, { entityType: "Indicator", entityId: indicator.id, changes: { [`value ${input.measuredOn.toISOString().slice(0, 10)}`]: { from: null, to: input.value } } }),
      tx,
    );
    return { analysisId: analysis.id, id: value.id };
  });
}

/**
 * A value of the series removed, by either party, as they record them: the way to correct a
 * mistaken date or figure (one value per date), then record it again. Its entry keeps what it was.
 */
export async function deleteIndicatorValue(actor: Actor, input: TDeleteIndicatorValue) {
  return transaction(async (tx) => {
    const value = await tx.indicatorValue.findUnique({ where: { id: input.id }, select: { id: true, measuredOn: true, value: true, indicator: { select: { id: true, analysisId: true } } } });
    if (!value) throw new NotFoundError("IndicatorValue");
    const analysis = await loadAnalysisForWrite(tx, actor, value.indicator.analysisId);
    await tx.indicatorValue.delete({ where: { id: value.id } });
    await recordAudit(
      audit(actor, "indicator.valueDelete", analysis, {
        entityType: "Indicator",
        entityId: value.indicator.id,
        changes: { [`value ${value.measuredOn.toISOString().slice(0, 10)}`]: { from: Number(value.value), to: null } },
      }),
      tx,
    );
    return { analysisId: analysis.id };
  });
}
