import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AnalysisForm } from "@/components/cycle/analysis-form";
import { analysisResource, findAnalysisForActor, situationalPictureChoices } from "@/lib/analyses/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateAnalysisAction } from "../../../arbetsgang/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.analyses.edit };
}

export default async function EditAnalysisPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const analysis = await findAnalysisForActor(actor, (await params).id);
  if (!analysis || !authorize(actor, "cycle.write", await analysisResource(await db(), analysis))) notFound();
  const m = messages(locale);
  const pictures = await situationalPictureChoices(actor, analysis.municipalityId);
  return (
    <>
      <p className="text-sm"><Link href={`/lagesbild/${analysis.id}`}>{analysis.title}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{m.cycle.analyses.edit}</h1>
      <AnalysisForm
        action={updateAnalysisAction}
        formId="edit-analysis"
        values={analysis}
        pictures={pictures.map((p) => ({ id: p.id, label: format(locale, m.cycle.analyses.picture, { forum: p.forum.name, date: formatDate(p.weekOf, locale) }) }))}
        submitLabel={m.forms.save}
      />
    </>
  );
}
