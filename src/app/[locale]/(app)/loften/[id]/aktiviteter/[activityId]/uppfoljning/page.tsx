import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ProgressCell } from "@/components/promises/activity-plan-table";
import { EarlierFollowUps } from "@/components/promises/earlier-follow-ups";
import { FollowUpForm } from "@/components/promises/follow-up-form";
import { Notice } from "@/components/ui/notice";
import { describePeriod } from "@/lib/activities/periods";
import { activityProgress } from "@/lib/activities/progress";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findActivityForActor } from "@/lib/promises/activity-lookup";
import { recordFollowUpAction } from "../../../../actions";

/** Read once for the tab title and the page. */
const load = cache(async (id: string, activityId: string) => findActivityForActor(await requireActor(), id, activityId));

type Props = { params: Promise<{ id: string; activityId: string }>; searchParams: Promise<{ notice?: string }> };

/** Names the activity, as the heading does: every follow-up page read "Uppföljning" (WCAG 2.4.2). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { id, activityId } = await params;
  const found = await load(id, activityId);
  const m = messages(locale);
  return { title: found ? format(locale, m.activities.followUpTitle, { title: found.activity.title }) : m.activities.followUps };
}

export default async function FollowUpPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId } = await params;
  const found = await load(id, activityId);
  if (!found) notFound();
  const { promise, activity } = found;
  if (!authorize(actor, "promise.followUp", { type: "joint", municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId })) notFound();
  const m = messages(locale);
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p className="text-sm"><Link href={`/loften/${promise.id}#aktiviteter`}>{m.promises.backToPromise}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{format(locale, m.activities.followUpTitle, { title: activity.title })}</h1>
      <div className="mt-4 max-w-md rounded-lg border border-slate-200 p-4 text-sm">
        <ProgressCell progress={activityProgress(activity, activity.followUps)} />
      </div>
      <EarlierFollowUps
        followUps={activity.followUps}
        locale={locale}
        footer={(f) => (
          <p className="mt-1 text-sm">
            {/* Heard in a list of links, each says which period it edits; the name starts with the visible words (WCAG 2.5.3). */}
            <Link
              href={`/loften/${promise.id}/aktiviteter/${activity.id}/uppfoljning/${f.id}`}
              aria-label={`${m.activities.editFollowUp}: ${describePeriod(f.periodType, f.periodStart, locale)}`}
            >
              {m.activities.editFollowUp}
            </Link>
          </p>
        )}
      />
      <section aria-labelledby="record" className="mt-8">
        <h2 id="record" className="mb-3 text-2xl font-semibold">{m.activities.recordFollowUp}</h2>
        <FollowUpForm action={recordFollowUpAction} activity={activity} span={promise} submitLabel={m.activities.recordFollowUp} />
      </section>
    </>
  );
}
