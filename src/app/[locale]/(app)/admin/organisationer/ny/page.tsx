import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewOrganisationForm } from "@/components/admin/organisation-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { municipalityChoices } from "@/lib/municipalities/queries";
import { policeAreaChoices } from "@/lib/police-areas/queries";
import { createOrganisationAction } from "../../actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(authorize(actor, "organisation.manage", { type: "system" }), messages(locale).admin.organisations.new, locale);
}

type Props = { searchParams: Promise<{ kommun?: string; polisomrade?: string }> };

export default async function NewOrganisationPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!authorize(actor, "organisation.manage", { type: "system" })) notFound();
  const params = await searchParams;
  const m = messages(locale);
  const [municipalities, policeAreas] = await Promise.all([municipalityChoices(), policeAreaChoices()]);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.admin.organisations.new}</h1>
      <NewOrganisationForm
        id="organisation-form"
        action={createOrganisationAction}
        municipalities={municipalities}
        policeAreas={policeAreas}
        preset={{
          municipalityId: municipalities.some((x) => x.id === params.kommun) ? params.kommun : undefined,
          policeAreaId: policeAreas.some((x) => x.id === params.polisomrade) ? params.polisomrade : undefined,
        }}
        locale={locale}
      />
    </>
  );
}
