import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { formatPeriod } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { listPublicAgreements } from "@/lib/public/agreements";

// Served from Next's cache: rendered on the first request, kept until something public
// changes (src/lib/public/revalidate.ts), with a time limit as a safety net.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; municipality: string }> };

async function load(params: Props["params"]) {
  return listPublicAgreements((await params).municipality);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  const found = await load(params);
  return { title: found ? format(locale, messages(locale).agreements.public.title, { name: found.name }) : messages(locale).errors.notFoundTitle };
}

export default async function PublicAgreementsPage({ params }: Props) {
  const locale = await localeOfPage(params);
  const found = await load(params);
  if (!found) notFound();
  const m = messages(locale);
  const p = m.agreements.public;
  const list = (items: typeof found.current, level: "h3") =>
    items.map((a) => {
      const Heading = level;
      return (
        <li key={a.id} className="rounded-lg border border-slate-200 p-4">
          <Heading className="font-semibold">
            <Link href={`/${found.slug}/samverkansavtal/${a.id}`}>{a.title}</Link>
          </Heading>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <AgreementStatusBadge status={a.status} />
            <span>{formatPeriod(a.periodStart, a.periodEnd, locale)}</span>
            {a.caseNumber && <span>{a.caseNumber}</span>}
          </p>
        </li>
      );
    });
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, p.title, { name: found.name })}</h1>
      <p className="mt-2 max-w-2xl text-muted">{p.intro}</p>
      {found.current.length + found.earlier.length === 0 && <p className="mt-6">{p.none}</p>}
      {found.current.length > 0 && (
        <section aria-labelledby="current" className="mt-8">
          <h2 id="current" className="mb-3 text-2xl font-semibold">{p.current}</h2>
          <ul className="space-y-3">{list(found.current, "h3")}</ul>
        </section>
      )}
      {found.earlier.length > 0 && (
        <section aria-labelledby="earlier" className="mt-8">
          <h2 id="earlier" className="mb-3 text-2xl font-semibold">{p.earlier}</h2>
          <ul className="space-y-3">{list(found.earlier, "h3")}</ul>
        </section>
      )}
    </>
  );
}
