import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowUpForm } from "@/components/promises/follow-up-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { format, messages } from "@/lib/i18n";
import { findActivityForActor } from "@/lib/promises/activity-lookup";
import { updateFollowUpAction } from "../../../../../actions";

export const metadata: Metadata = { title: messages().activities.editFollowUp };

export default async function EditFollowUpPage({ params }: { params: Promise<{ id: string; activityId: string; followUpId: string }> }) {
  const actor = await requireActor();
  const { id, activityId, followUpId } = await params;
  const found = await findActivityForActor(actor, id, activityId);
  const followUp = found?.activity.followUps.find((f) => f.id === followUpId);
  if (!found || !followUp) notFound();
  const { promise, activity } = found;
  if (!authorize(actor, "promise.followUp", { type: "joint", municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId })) notFound();
  const m = messages(actor.locale);
  return (
    <>
      <p className="text-sm"><Link href={`/loften/${promise.id}/aktiviteter/${activity.id}/uppfoljning`}>{m.activities.followUps}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{format(m.activities.followUpTitle, { title: activity.title })}</h1>
      <FollowUpForm
        action={updateFollowUpAction}
        activity={activity}
        submitLabel={m.forms.save}
        values={{
          ...followUp,
          achieved: followUp.figures.find((f) => f.countsTowardsTarget)?.value ?? null,
          figures: followUp.figures.filter((f) => !f.countsTowardsTarget),
        }}
      />
    </>
  );
}
