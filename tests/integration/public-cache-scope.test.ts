import { afterAll, describe, expect, it } from "vitest";
import { database, db } from "@/lib/db";
import { changedMunicipalitySlug } from "@/lib/public/changed-municipality";

afterAll(async () => (await database()).close());

// Which municipality's cached pages a change expires: the other municipalities stay cached.
describe("the municipality a public change belongs to", () => {
  it("is found from each kind of record an action changes", async () => {
    const prisma = await db();
    const promise = await prisma.citizenPromise.findFirstOrThrow({ select: { id: true, municipality: { select: { id: true, slug: true } } } });
    const activity = await prisma.activity.findFirstOrThrow({ where: { promiseId: promise.id }, select: { id: true } });
    const agreement = await prisma.agreement.findFirstOrThrow({ select: { id: true, municipality: { select: { slug: true } } } });
    const dialogue = await prisma.citizenDialogue.findFirstOrThrow({ select: { id: true, municipality: { select: { slug: true } } } });

    expect(await changedMunicipalitySlug({ promiseId: promise.id })).toBe(promise.municipality.slug);
    expect(await changedMunicipalitySlug({ activityId: activity.id })).toBe(promise.municipality.slug);
    expect(await changedMunicipalitySlug({ municipalityId: promise.municipality.id })).toBe(promise.municipality.slug);
    expect(await changedMunicipalitySlug({ agreementId: agreement.id })).toBe(agreement.municipality.slug);
    expect(await changedMunicipalitySlug({ dialogueId: dialogue.id })).toBe(dialogue.municipality.slug);

    const plan = await prisma.actionPlan.findFirstOrThrow({ select: { id: true, agreement: { select: { municipality: { select: { slug: true } } } } } });
    const measure = await prisma.activity.findFirstOrThrow({ where: { actionPlanId: plan.id }, select: { id: true } });
    expect(await changedMunicipalitySlug({ actionPlanId: plan.id })).toBe(plan.agreement.municipality.slug);
    expect(await changedMunicipalitySlug({ activityId: measure.id })).toBe(plan.agreement.municipality.slug);
  });

  it("is none for a record that is gone, so the whole public site is expired instead", async () => {
    expect(await changedMunicipalitySlug({ promiseId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await changedMunicipalitySlug({ activityId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});
