import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AnalysisForm } from "@/components/cycle/analysis-form";
import { situationalPictureChoices } from "@/lib/analyses/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { cycleMunicipalities } from "@/lib/cycle/queries";
import { createAnalysisAction } from "../../arbetsgang/actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(hasPermission(actor.role, "cycle.write"), messages(locale).cycle.analyses.new, locale);
}

export default async function NewAnalysisPage() {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!hasPermission(actor.role, "cycle.write")) notFound();
  const m = messages(locale);
  const municipalities = await cycleMunicipalities(actor);
  if (municipalities.length === 0) notFound();
  const pictures = municipalities.length === 1 ? await situationalPictureChoices(actor, municipalities[0]!.id) : [];
  return (
    <>
      <p className="text-sm"><Link href="/lagesbild">{m.cycle.analyses.title}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{m.cycle.analyses.new}</h1>
      <AnalysisForm
        action={createAnalysisAction}
        formId="new-analysis"
        municipalities={municipalities}
        pictures={pictures.map((p) => ({ id: p.id, label: format(locale, m.cycle.analyses.picture, { forum: p.forum.name, date: formatDate(p.weekOf, locale) }) }))}
        submitLabel={m.forms.save}
      />
    </>
  );
}
