import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PoliceAreaForm } from "@/components/admin/police-area-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { municipalityChoices } from "@/lib/municipalities/queries";
import { createPoliceAreaAction } from "../../actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(authorize(actor, "policeArea.manage", { type: "system" }), messages(locale).admin.policeAreas.new, locale);
}

export default async function NewPoliceAreaPage() {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!authorize(actor, "policeArea.manage", { type: "system" })) notFound();
  const m = messages(locale);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.admin.policeAreas.new}</h1>
      <PoliceAreaForm id="police-area-form" action={createPoliceAreaAction} municipalities={await municipalityChoices()} submitLabel={m.forms.save} locale={locale} />
    </>
  );
}
