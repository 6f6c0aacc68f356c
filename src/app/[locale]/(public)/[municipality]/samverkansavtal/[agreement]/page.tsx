import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { PublicGoalList } from "@/components/agreements/public-goal-list";
import { BasisDocumentList } from "@/components/documents/basis-document-list";
import { SignatoryList } from "@/components/documents/signatory-list";
import { TextSection } from "@/components/documents/text-section";
import { formatDate, formatPeriod } from "@/lib/format/dates";
import { buildTree } from "@/lib/goals/tree";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { findPublicAgreement } from "@/lib/public/agreements";

// Served from Next's cache: rendered on the first request, kept until something public
// changes (src/lib/public/revalidate.ts), with a time limit as a safety net.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; municipality: string; agreement: string }> };

async function load(params: Props["params"]) {
  const { municipality, agreement } = await params;
  return findPublicAgreement(municipality, agreement);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  const agreement = await load(params);
  return { title: agreement?.content.title ?? messages(locale).errors.notFoundTitle };
}

export default async function PublicAgreementPage({ params }: Props) {
  const locale = await localeOfPage(params);
  const agreement = await load(params);
  if (!agreement) notFound();
  const m = messages(locale);
  const f = m.agreements.fields;
  // The text is the frozen copy both parties adopted; the status and the parties' names are live.
  const text = agreement.content;
  return (
    <article className="space-y-8">
      <header>
        <p className="no-print text-sm">
          <Link href={`/${agreement.municipality.slug}/samverkansavtal`}>{format(locale, m.agreements.public.back, { name: agreement.municipality.name })}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{text.title}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{f.status}</dt>
          <dd><AgreementStatusBadge status={agreement.status} /></dd>
          <dt className="font-semibold">{f.period}</dt>
          <dd>{formatPeriod(text.periodStart, text.periodEnd, locale)}</dd>
          <dt className="font-semibold">{f.parties}</dt>
          <dd>{agreement.municipality.name} · {agreement.policeArea.name}</dd>
          {text.caseNumber && (<><dt className="font-semibold">{f.caseNumber}</dt><dd>{text.caseNumber}</dd></>)}
          {text.decisionBody && (
            <>
              <dt className="font-semibold">{f.decision}</dt>
              <dd>{[text.decisionBody, text.decisionParagraph, text.decisionDate ? formatDate(text.decisionDate, locale) : null].filter(Boolean).join(", ")}</dd>
            </>
          )}
        </dl>
      </header>
      <TextSection title={f.aim} text={text.aim} />
      <TextSection title={f.background} text={text.background} />
      {text.priorities.length > 0 && (
        <section>
          <h2 className="text-2xl font-semibold">{f.priorities}</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">{text.priorities.map((p, i) => <li key={i}>{p}</li>)}</ol>
        </section>
      )}
      <section>
        <h2 className="mb-3 text-2xl font-semibold">{m.goals.title}</h2>
        <PublicGoalList tree={buildTree(text.goals)} />
      </section>
      {text.commitments && text.commitments.length > 0 && (
        <section aria-labelledby="commitments">
          <h2 id="commitments" className="text-2xl font-semibold">{m.cycle.commitments.title}</h2>
          <ol className="mt-2 space-y-3">
            {text.commitments.map((c, i) => (
              <li key={i}>
                <h3 className="font-semibold">{c.heading}</h3>
                {c.text && <p className="mt-1 whitespace-pre-line">{c.text}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <BasisDocumentList documents={text.basisDocuments} />
      <TextSection title={f.economy} text={text.economy} />
      <TextSection title={f.followUp} text={text.followUp} />
      <TextSection title={f.collaborationModel} text={text.collaborationModel} />
      <SignatoryList signatories={text.signatories} />
    </article>
  );
}
