import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { findEditableCommitmentForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { deleteCommitmentAction } from "../../../../../arbetsgang/actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).cycle.commitments.remove };
}

type Props = { params: Promise<{ id: string; commitmentId: string }> };

/** Removing a commitment asks first, on a page of its own, like removing a goal. */
export default async function RemoveCommitmentPage({ params }: Props) {
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
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, c.removeTitle, { number })}</h1>
      <p className="mt-4 max-w-2xl">{format(locale, c.removeIntro, { title: `”${commitment.heading}”` })}</p>
      <ActionForm action={deleteCommitmentAction} id="remove-commitment" className="mt-6 flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={commitment.id} />
        <SubmitButton variant="danger">{c.removeConfirm}</SubmitButton>
        <Link href={`/avtal/${agreement.id}#ataganden`}>{m.forms.cancel}</Link>
      </ActionForm>
    </>
  );
}
