import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MunicipalityForm } from "@/components/admin/municipality-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { createMunicipalityAction } from "../../actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(authorize(actor, "municipality.manage", { type: "system" }), messages(locale).admin.municipalities.new, locale);
}

export default async function NewMunicipalityPage() {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!authorize(actor, "municipality.manage", { type: "system" })) notFound();
  const m = messages(locale);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.admin.municipalities.new}</h1>
      <MunicipalityForm id="municipality-form" action={createMunicipalityAction} submitLabel={m.forms.save} locale={locale} />
    </>
  );
}
