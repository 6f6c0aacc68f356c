import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { isEditable } from "@/lib/agreements/lifecycle";
import { findAgreementForActor, replaceableAgreements } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateAgreementAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).agreements.edit };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const agreement = await findAgreementForActor(actor, (await params).id);
  if (!agreement) notFound();
  const m = messages(locale);
  const allowed = authorize(actor, "agreement.update", { type: "joint", municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId });
  if (!allowed || !isEditable(agreement.status)) {
    return (
      <>
        <h1 className="text-3xl font-bold text-brand-900">{m.agreements.edit}</h1>
        <p className="mt-4">{m.agreements.lockedNotice}</p>
        <p className="mt-4">
          <Link href={`/avtal/${agreement.id}`}>{m.agreements.backToAgreement}</Link>
        </p>
      </>
    );
  }
  const replaceable = await replaceableAgreements(actor, [agreement.municipalityId], agreement.id);
  return (
    <>
      <p className="text-sm">
        <Link href={`/avtal/${agreement.id}`}>{m.agreements.backToAgreement}</Link>
      </p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{m.agreements.edit}</h1>
      <AgreementForm
        action={updateAgreementAction}
        replaceable={replaceable}
        submitLabel={m.forms.save}
        values={{
          ...agreement,
          priorities: agreement.priorities,
          signatories: agreement.signatories,
          basisDocuments: agreement.basisDocs.map((b) => b.basisDocument),
        }}
      />
    </>
  );
}
