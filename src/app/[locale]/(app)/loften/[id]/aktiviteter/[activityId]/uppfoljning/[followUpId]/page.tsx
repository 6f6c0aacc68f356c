import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { FollowUpForm } from "@/components/promises/follow-up-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { describePeriod } from "@/lib/activities/periods";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findActivityForActor } from "@/lib/promises/activity-lookup";
import { updateFollowUpAction } from "../../../../../actions";

/** Read once for the tab title and the page. */
const load = cache(async (id: string, activityId: string) => findActivityForActor(await requireActor(), id, activityId));

type Props = { params: Promise<{ id: string; activityId: string; followUpId: string }> };

/** Which period of which activity is being changed: every edit page read "Ändra uppföljning" (WCAG 2.4.2). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { id, activityId, followUpId } = await params;
  const found = await load(id, activityId);
  const followUp = found?.activity.followUps.find((f) => f.id === followUpId);
  const m = messages(locale);
  if (!found || !followUp) return { title: m.activities.editFollowUp };
  return { title: editTitle(m.activities.editFollowUp, describePeriod(followUp.periodType, followUp.periodStart, locale), found.activity.title) };
}

/** The heading and the tab alike: which period of which activity is being changed. */
const editTitle = (edit: string, period: string, activity: string) => `${edit}: ${period} · ${activity}`;

export default async function EditFollowUpPage({ params }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId, followUpId } = await params;
  const found = await load(id, activityId);
  const followUp = found?.activity.followUps.find((f) => f.id === followUpId);
  if (!found || !followUp) notFound();
  const { promise, activity } = found;
  if (!authorize(actor, "promise.followUp", { type: "joint", municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId })) notFound();
  const m = messages(locale);
  return (
    <>
      <p className="text-sm"><Link href={`/loften/${promise.id}/aktiviteter/${activity.id}/uppfoljning`}>{m.activities.followUps}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{editTitle(m.activities.editFollowUp, describePeriod(followUp.periodType, followUp.periodStart, locale), activity.title)}</h1>
      <FollowUpForm
        action={updateFollowUpAction}
        activity={activity}
        span={promise}
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
