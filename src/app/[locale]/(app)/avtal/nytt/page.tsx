import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { replaceableAgreements } from "@/lib/agreements/queries";
import { MunicipalityChooser } from "@/components/ui/municipality-chooser";
import { dialogueMunicipalities } from "@/lib/dialogues/queries";
import { jointPartiesForActor } from "@/lib/municipalities/queries";
import { isUuid } from "@/lib/validation/ids";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { createAgreementAction } from "../actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(hasPermission(actor.role, "agreement.create"), messages(locale).agreements.new, locale);
}

type Props = { searchParams: Promise<{ kommun?: string }> };

export default async function NewAgreementPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!hasPermission(actor.role, "agreement.create")) notFound();
  const m = messages(locale);
  const { kommun } = await searchParams;
  // Someone with the whole country in scope chooses the municipality first: the form's choosers hold its records only.
  const many = actor.role === "ADMIN" && !(kommun && isUuid(kommun));
  if (many) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.agreements.new}</h1>
        <MunicipalityChooser action="/avtal/nytt" municipalities={await dialogueMunicipalities(actor)} locale={locale} />
      </>
    );
  }
  const parties = await jointPartiesForActor(actor, kommun);
  if (parties.municipalities.length === 0) notFound();
  const replaceable = await replaceableAgreements(actor, parties.municipalities.map((x) => x.id));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.agreements.new}</h1>
      <AgreementForm action={createAgreementAction} parties={parties} replaceable={replaceable} submitLabel={m.forms.save} />
    </>
  );
}
