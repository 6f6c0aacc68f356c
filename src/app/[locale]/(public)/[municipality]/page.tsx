import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { PromiseList } from "@/components/promises/promise-list";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { formatDate, formatDateTime, formatPeriod } from "@/lib/format/dates";
import { listPublicActionPlans } from "@/lib/public/action-plans";
import { findPublicMunicipality, latestPublicUpdate, upcomingDialogues } from "@/lib/public/promises";

// Served from Next's cache: rendered on the first request, kept until something public
// changes (src/lib/public/revalidate.ts), with a time limit as a safety net.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; municipality: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  const municipality = await findPublicMunicipality((await params).municipality);
  return { title: municipality?.name ?? messages(locale).errors.notFoundTitle };
}

export default async function MunicipalityPage({ params }: Props) {
  const locale = await localeOfPage(params);
  const m = messages(locale);
  const municipality = await findPublicMunicipality((await params).municipality);
  if (!municipality) notFound();
  const [dialogues, updatedAt, plans] = await Promise.all([
    upcomingDialogues(municipality.slug),
    latestPublicUpdate(municipality.slug),
    listPublicActionPlans(municipality.slug),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{municipality.name}</h1>
      <p className="mt-2 text-sm text-muted">{updatedAt ? format(locale, m.municipality.updatedAt, { date: formatDate(updatedAt, locale) }) : m.municipality.neverUpdated}</p>
      <h2 className="mt-8 text-2xl font-semibold">{format(locale, m.municipality.promisesTitle, { name: municipality.name })}</h2>
      <p className="mb-4 mt-2 max-w-2xl text-muted">{m.municipality.intro}</p>
      <PromiseList municipality={municipality} headingLevel={3} />
      <section aria-labelledby="dialogues" className="mt-10">
        <h2 id="dialogues" className="text-2xl font-semibold">
          {m.promise.upcomingDialogues}
        </h2>
        {dialogues.length === 0 ? (
          <p className="mt-2 text-muted">{m.promise.noUpcomingDialogues}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {dialogues.map((d) => (
              <li key={d.id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold">{d.title}</h3>
                <p className="text-sm text-muted">{[formatDateTime(d.startsAt, locale), d.place, d.format].filter(Boolean).join(" · ")}</p>
                {d.themes && <p className="mt-1">{d.themes}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <h2 className="mt-10 text-2xl font-semibold">{m.agreements.title}</h2>
      <p className="mt-2">
        <Link href={`/${municipality.slug}/samverkansavtal`}>{format(locale, m.agreements.public.title, { name: municipality.name })}</Link>
      </p>
      {plans.length > 0 && (
        <section aria-labelledby="action-plans">
          <h2 id="action-plans" className="mt-10 text-2xl font-semibold">
            {m.cycle.public.listTitle}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {plans.map((p) => (
              <li key={p.id}>
                <Link href={`/${municipality.slug}/atgardsplan/${p.id}`}>{p.title}</Link>{" "}
                <span className="text-sm text-muted">({formatPeriod(p.periodStart, p.periodEnd, locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="mt-10 text-2xl font-semibold">{m.promise.openData}</h2>
      <p className="mt-2">{m.promise.openDataIntro}</p>
      <ul className="mt-1 list-disc pl-6">
        <li>
          <a href={`/api/public/v1/promises?municipality=${municipality.slug}`}>JSON</a>
        </li>
        <li>
          <a href={`/api/public/v1/promises.csv?municipality=${municipality.slug}`}>CSV</a>
        </li>
      </ul>
    </>
  );
}
