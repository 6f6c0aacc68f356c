import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { RatingBadge } from "@/components/cycle/measure-table";
import { ProgressCell } from "@/components/promises/activity-plan-table";
import { EarlierFollowUps } from "@/components/promises/earlier-follow-ups";
import { FollowUpForm } from "@/components/promises/follow-up-form";
import { Notice } from "@/components/ui/notice";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { findMeasureForActor } from "@/lib/action-plans/queries";
import { activityProgress } from "@/lib/activities/progress";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { recordFollowUpAction } from "../../../../../loften/actions";

/** Read once for the tab title and the page. */
const load = cache(async (id: string, activityId: string) => findMeasureForActor(await requireActor(), id, activityId));

type Props = { params: Promise<{ id: string; activityId: string }>; searchParams: Promise<{ notice?: string }> };

/** Names the measure, as the heading does: every follow-up page read "Uppföljning" (WCAG 2.4.2). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { id, activityId } = await params;
  const found = await load(id, activityId);
  const m = messages(locale);
  return { title: found ? format(locale, m.cycle.measures.followUpTitle, { title: found.measure.title }) : m.activities.followUps };
}

/** Follow-up of a measure: the same follow-up as a promise's activity, with Brå's traffic light. */
export default async function MeasureFollowUpPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId } = await params;
  const found = await load(id, activityId);
  if (!found || !authorize(actor, "actionPlan.followUp", agreementCycleResource(found.plan.agreement))) notFound();
  const { plan, measure } = found;
  const m = messages(locale);
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p className="text-sm"><Link href={`/atgardsplaner/${plan.id}#aktiviteter`}>{m.cycle.plans.backToPlan}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{format(locale, m.cycle.measures.followUpTitle, { title: measure.title })}</h1>
      <div className="mt-4 max-w-md space-y-2 rounded-lg border border-slate-200 p-4 text-sm">
        <RatingBadge rating={measure.rating} />
        <ProgressCell progress={activityProgress(measure, measure.followUps)} />
      </div>
      <EarlierFollowUps followUps={measure.followUps} locale={locale} badge={(f) => <RatingBadge rating={f.rating} />} />
      <section aria-labelledby="record" className="mt-8">
        <h2 id="record" className="mb-3 text-2xl font-semibold">{m.activities.recordFollowUp}</h2>
        <FollowUpForm action={recordFollowUpAction} activity={measure} span={plan} submitLabel={m.activities.recordFollowUp} withRating />
      </section>
    </>
  );
}
