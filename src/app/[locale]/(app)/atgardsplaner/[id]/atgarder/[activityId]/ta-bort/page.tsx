import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { isEditable } from "@/lib/action-plans/lifecycle";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { findMeasureForActor } from "@/lib/action-plans/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
// A measure is an activity row: removed by the same action as a promise's activity.
import { deleteActivityAction } from "../../../../../loften/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.measures.remove };
}

export default async function RemoveMeasurePage({ params }: { params: Promise<{ id: string; activityId: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId } = await params;
  const found = await findMeasureForActor(actor, id, activityId);
  if (!found || !isEditable(found.plan.status) || !authorize(actor, "cycle.write", agreementCycleResource(found.plan.agreement))) notFound();
  const { plan, measure, number } = found;
  const m = messages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, m.cycle.measures.removeTitle, { number })}</h1>
      <p className="mt-4 max-w-2xl">{format(locale, m.cycle.measures.removeIntro, { title: `”${measure.title}”` })}</p>
      <ActionForm action={deleteActivityAction} id="remove-measure" className="mt-6 flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={measure.id} />
        <SubmitButton variant="danger">{m.cycle.measures.removeConfirm}</SubmitButton>
        <Link href={`/atgardsplaner/${plan.id}#aktiviteter`}>{m.forms.cancel}</Link>
      </ActionForm>
    </>
  );
}
