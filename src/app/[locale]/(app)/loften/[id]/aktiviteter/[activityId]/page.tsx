import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/promises/activity-form";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { organisationsFor } from "@/lib/municipalities/queries";
import { findEditableActivityForActor } from "@/lib/promises/activity-lookup";
import { updateActivityAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).activities.edit };
}

export default async function EditActivityPage({ params }: { params: Promise<{ id: string; activityId: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId } = await params;
  const found = await findEditableActivityForActor(actor, id, activityId);
  if (!found) notFound();
  const { promise, activity, number } = found;
  const m = messages(locale);
  const organisations = await organisationsFor(promise.municipalityId, promise.policeAreaId);
  return (
    <>
      <p className="text-sm"><Link href={`/loften/${promise.id}#aktiviteter`}>{m.promises.backToPromise}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{format(locale, m.activities.editTitle, { number })}</h1>
      <ActivityForm
        action={updateActivityAction}
        formId="edit-activity"
        values={{ ...activity, responsibleOrgIds: activity.responsibleOrgs.map((r) => r.organisationId) }}
        goals={promise.goals.map((g) => ({ id: g.goal.id, label: g.goal.title }))}
        organisations={organisations}
        submitLabel={m.forms.save}
      />
    </>
  );
}

