import "server-only";
import { db } from "@/lib/db";

/** What a server action changed that the public may read, by the record it changed. */
export type PublicChange =
  | { municipalityId: string }
  | { promiseId: string }
  | { agreementId: string }
  | { actionPlanId: string }
  | { activityId: string }
  | { dialogueId: string };

/** The slug of the municipality whose public pages show the changed record (one query); null if it is gone. */
export async function changedMunicipalitySlug(change: PublicChange): Promise<string | null> {
  const prisma = await db();
  const slug = { select: { slug: true } } as const;
  if ("municipalityId" in change) return (await prisma.municipality.findUnique({ where: { id: change.municipalityId }, ...slug }))?.slug ?? null;
  if ("promiseId" in change) return (await prisma.citizenPromise.findUnique({ where: { id: change.promiseId }, select: { municipality: slug } }))?.municipality.slug ?? null;
  if ("agreementId" in change) return (await prisma.agreement.findUnique({ where: { id: change.agreementId }, select: { municipality: slug } }))?.municipality.slug ?? null;
  if ("dialogueId" in change) return (await prisma.citizenDialogue.findUnique({ where: { id: change.dialogueId }, select: { municipality: slug } }))?.municipality.slug ?? null;
  const viaPlan = { agreement: { select: { municipality: slug } } } as const;
  if ("actionPlanId" in change) return (await prisma.actionPlan.findUnique({ where: { id: change.actionPlanId }, select: viaPlan }))?.agreement.municipality.slug ?? null;
  const activity = await prisma.activity.findUnique({
    where: { id: change.activityId },
    select: { promise: { select: { municipality: slug } }, actionPlan: { select: viaPlan } },
  });
  return activity?.promise?.municipality.slug ?? activity?.actionPlan?.agreement.municipality.slug ?? null;
}
