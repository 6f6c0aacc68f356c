import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { replaceableAgreements } from "@/lib/agreements/queries";
import { jointPartiesForActor } from "@/lib/municipalities/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { createAgreementAction } from "../actions";

export const metadata: Metadata = { title: messages().agreements.new };

export default async function NewAgreementPage() {
  const actor = await requireActor();
  if (!hasPermission(actor.role, "agreement.create")) notFound();
  const m = messages(actor.locale);
  const parties = await jointPartiesForActor(actor);
  const replaceable = await replaceableAgreements(actor, parties.municipalities.map((x) => x.id));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.agreements.new}</h1>
      <AgreementForm action={createAgreementAction} parties={parties} replaceable={replaceable} submitLabel={m.forms.save} />
    </>
  );
}
