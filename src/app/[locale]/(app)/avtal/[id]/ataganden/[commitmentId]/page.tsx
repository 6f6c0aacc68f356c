import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { findEditableCommitmentForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateCommitmentAction } from "../../../../arbetsgang/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.commitments.edit };
}

type Props = { params: Promise<{ id: string; commitmentId: string }> };

export default async function EditCommitmentPage({ params }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, commitmentId } = await params;
  const found = await findEditableCommitmentForActor(actor, id, commitmentId);
  if (!found) notFound();
  const { agreement, commitment, number } = found;
  const m = messages(locale);
  const c = m.cycle.commitments;
  return (
    <>
      <p className="text-sm">
        <Link href={`/avtal/${agreement.id}#ataganden`}>{m.agreements.backToAgreement}</Link>
      </p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{format(locale, c.editTitle, { number })}</h1>
      <ActionForm action={updateCommitmentAction} id="edit-commitment" labels={c.fields} className="max-w-2xl space-y-4">
        <input type="hidden" name="id" value={commitment.id} />
        {/* Commitments are part of the agreement's text: the edit is made against the version shown. */}
        <input type="hidden" name="version" value={agreement.version} />
        <TextField name="heading" label={c.fields.heading} defaultValue={commitment.heading} />
        <TextAreaField name="text" label={c.fields.text} optional defaultValue={commitment.text} rows={5} />
        <SubmitButton>{m.forms.save}</SubmitButton>
      </ActionForm>
    </>
  );
}
