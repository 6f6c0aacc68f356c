import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findEditableActivityForActor } from "@/lib/promises/activity-lookup";
import { deleteActivityAction } from "../../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).activities.remove };
}

export default async function RemoveActivityPage({ params }: { params: Promise<{ id: string; activityId: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId } = await params;
  const found = await findEditableActivityForActor(actor, id, activityId);
  if (!found) notFound();
  const { promise, activity, number } = found;
  const m = messages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, m.activities.removeTitle, { number })}</h1>
      <p className="mt-4 max-w-2xl">{format(locale, m.activities.removeIntro, { title: `”${activity.title}”` })}</p>
      <ActionForm action={deleteActivityAction} id="remove-activity" className="mt-6 flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={activity.id} />
        <SubmitButton variant="danger">{m.activities.removeConfirm}</SubmitButton>
        <Link href={`/loften/${promise.id}#aktiviteter`}>{m.forms.cancel}</Link>
      </ActionForm>
    </>
  );
}
