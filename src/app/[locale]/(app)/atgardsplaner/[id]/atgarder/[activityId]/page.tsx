import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { MeasureForm } from "@/components/cycle/measure-form";
import { isEditable } from "@/lib/action-plans/lifecycle";
import { agreementCycleResource } from "@/lib/action-plans/mutations";
import { findMeasureForActor } from "@/lib/action-plans/queries";
import { formatFigure } from "@/lib/analyses/indicators";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { buildTree, flatten } from "@/lib/goals/tree";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { organisationsFor } from "@/lib/municipalities/queries";
import { updateMeasureAction } from "../../../../arbetsgang/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.measures.edit };
}

export default async function EditMeasurePage({ params }: { params: Promise<{ id: string; activityId: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, activityId } = await params;
  const found = await findMeasureForActor(actor, id, activityId);
  if (!found || !isEditable(found.plan.status) || !authorize(actor, "cycle.write", agreementCycleResource(found.plan.agreement))) notFound();
  const { plan, measure, number } = found;
  const m = messages(locale);
  const organisations = await organisationsFor(plan.agreement.municipalityId, plan.agreement.policeAreaId);
  const goals = flatten(buildTree(plan.agreement.goals));
  return (
    <>
      <p className="text-sm"><Link href={`/atgardsplaner/${plan.id}#aktiviteter`}>{m.cycle.plans.backToPlan}</Link></p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{format(locale, m.cycle.measures.editTitle, { number })}</h1>
      <MeasureForm
        action={updateMeasureAction}
        formId="edit-measure"
        values={{ ...measure, responsibleOrgIds: measure.responsibleOrgs.map((r) => r.organisationId) }}
        goals={goals.map((g) => ({ id: g.id, label: `${g.number} ${g.title}` }))}
        indicators={(plan.analysis?.indicators ?? []).map((i) => ({ id: i.id, label: `${i.name} (${formatFigure(i.baselineValue, locale)} ${i.unit})` }))}
        organisations={organisations}
        submitLabel={m.forms.save}
      />
    </>
  );
}
