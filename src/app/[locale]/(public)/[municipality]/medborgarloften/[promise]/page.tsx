import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActivityPlanTable } from "@/components/promises/activity-plan-table";
import { PromiseDialogues } from "@/components/promises/dialogue-list";
import { ProgressSummary } from "@/components/promises/progress-summary";
import { summarisePlan } from "@/lib/activities/progress";
import { PromiseStatusBadge } from "@/components/promises/promise-status-badge";
import { BasisDocumentList } from "@/components/documents/basis-document-list";
import { SignatoryList } from "@/components/documents/signatory-list";
import { TextSection } from "@/components/documents/text-section";
import { PrintButton } from "@/components/ui/print-button";
import { formatPeriod } from "@/lib/format/dates";
import { format, messages, type Locale } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { localeOfPage } from "@/lib/i18n/server";
import { findPublicPromise } from "@/lib/public/promises";

// Served from Next's cache: rendered on the first request, kept until something public
// changes (src/lib/public/revalidate.ts), with a time limit as a safety net.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; municipality: string; promise: string }> };

async function load(params: Props["params"]) {
  const { municipality, promise } = await params;
  return findPublicPromise(municipality, promise);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  const found = await load(params);
  if (!found) return { title: messages(locale).errors.notFoundTitle };
  return {
    title: found.content.title,
    alternates: { types: { "application/atom+xml": [{ url: feedUrl(locale, found.municipality.slug, found.content.slug), title: found.content.title }] } },
  };
}

const feedUrl = (locale: Locale, municipality: string, promise: string) => localePath(locale, `/${municipality}/medborgarloften/${promise}/flode`);

export default async function PublicPromisePage({ params }: Props) {
  const locale = await localeOfPage(params);
  const found = await load(params);
  if (!found) notFound();
  const m = messages(locale);
  const p = found.content;
  const criteria = [
    [m.promise.criterion.safety, p.criteria.safety],
    [m.promise.criterion.crime, p.criteria.crime],
    [m.promise.criterion.participation, p.criteria.participation],
    [m.promise.criterion.trust, p.criteria.trust],
  ] as const;

  return (
    <article className="space-y-8">
      <header>
        <p className="no-print text-sm">
          <Link href={`/${found.municipality.slug}/medborgarloften`}>
            {format(locale, m.promise.backToList, { name: found.municipality.name })}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{p.title}</h1>
        <div className="no-print mt-3 flex flex-wrap items-center gap-4 text-sm">
          <PrintButton label={m.promise.print} />
          <a href={localePath(locale, `/${found.municipality.slug}/medborgarloften/${p.slug}/pdf`)} download>
            {m.promise.downloadPdf}
          </a>
        </div>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{m.promise.period}</dt>
          <dd>{formatPeriod(p.periodStart, p.periodEnd, locale)}</dd>
          <dt className="font-semibold">{m.promise.status}</dt>
          <dd>
            <PromiseStatusBadge status={found.status} periodStart={p.periodStart} />
          </dd>
          {p.targetGroup && (
            <>
              <dt className="font-semibold">{m.promise.targetGroup}</dt>
              <dd>{p.targetGroup}</dd>
            </>
          )}
          {p.place && (
            <>
              <dt className="font-semibold">{m.promise.place}</dt>
              <dd>{p.place}</dd>
            </>
          )}
        </dl>
      </header>

      <ProgressSummary
        summary={summarisePlan(p.activities.map((a) => found.progress[a.id]!), new Date(`${p.periodStart}T00:00:00Z`))}
        completed={found.status === "COMPLETED"}
        feedUrl={feedUrl(locale, found.municipality.slug, p.slug)}
      />

      <TextSection title={m.promise.background} text={p.background} />
      <TextSection title={m.promise.citizenPerspective} text={p.citizenPerspective} />
      <TextSection title={m.promise.whyTargetGroup} text={p.targetGroupRationale} />

      <section aria-labelledby="criteria">
        <h2 id="criteria" className="text-2xl font-semibold">
          {m.promise.criteria}
        </h2>
        <p className="mt-2 text-muted">{m.promise.criteriaIntro}</p>
        <dl className="mt-3 space-y-3">
          {criteria.map(([label, text]) => (
            <div key={label} className="rounded-lg border border-slate-200 p-3">
              <dt className="font-semibold">{label}</dt>
              <dd className="mt-1">{text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <TextSection title={m.promise.conclusion} text={p.conclusion} />

      <section aria-labelledby="activity-plan">
        <h2 id="activity-plan" className="mb-3 text-2xl font-semibold">
          {m.promise.activityPlan}
        </h2>
        <ActivityPlanTable promise={p} progress={found.progress} completed={found.status === "COMPLETED"} />
      </section>

      {p.goals.length > 0 && (
        <section aria-labelledby="goals">
          <h2 id="goals" className="text-2xl font-semibold">
            {m.promise.goalsServed}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {p.goals.map((g) => (
              <li key={g.id}>{g.title}</li>
            ))}
          </ul>
        </section>
      )}

      <PromiseDialogues dialogues={p.dialogues.map((d) => ({ ...d, key: `${d.title}-${d.startsAt}` }))} />

      <BasisDocumentList documents={p.basisDocuments} />
      <SignatoryList signatories={p.signatories} />
    </article>
  );
}
