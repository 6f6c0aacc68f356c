import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { DialogueForm } from "@/components/promises/dialogue-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { findDialogueForActor } from "@/lib/dialogues/queries";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { updateDialogueAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).dialogues.edit };
}

export default async function EditDialoguePage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const dialogue = await findDialogueForActor(actor, (await params).id);
  if (!dialogue || !authorize(actor, "dialogue.manage", { type: "municipal", municipalityId: dialogue.municipalityId })) notFound();
  const m = messages(locale);
  return (
    <>
      <p className="text-sm"><Link href="/dialoger">{m.dialogues.title}</Link></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{m.dialogues.edit}</h1>
      <p className="mb-6 mt-2 text-sm"><Link href={`/dialoger/${dialogue.id}/historik`}>{m.agreements.history}</Link></p>
      <DialogueForm action={updateDialogueAction} values={dialogue} submitLabel={m.forms.save} />
    </>
  );
}
