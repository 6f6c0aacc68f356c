import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PromiseForm } from "@/components/promises/promise-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { isEditable } from "@/lib/promises/publishing";
import { findPromiseForActor, promiseFormOptions } from "@/lib/promises/queries";
import { updatePromiseAction } from "../../actions";

export const metadata: Metadata = { title: messages().promises.edit };

export default async function EditPromisePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const promise = await findPromiseForActor(actor, (await params).id);
  if (!promise) notFound();
  const joint = { type: "joint" as const, municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId };
  if (!authorize(actor, "promise.update", joint) || !isEditable(promise.status)) notFound();
  const m = messages(actor.locale);
  const options = await promiseFormOptions(actor, [promise.municipalityId], promise.id);
  return (
    <>
      <p className="text-sm">
        <Link href={`/loften/${promise.id}`}>{m.promises.backToPromise}</Link>
      </p>
      <h1 className="mb-6 mt-2 text-3xl font-bold text-brand-900">{m.promises.edit}</h1>
      <PromiseForm
        action={updatePromiseAction}
        options={options}
        submitLabel={m.forms.save}
        values={{
          ...promise,
          goalIds: promise.goals.map((g) => g.goalId),
          dialogueIds: promise.dialogues.map((d) => d.dialogueId),
          signatories: [...promise.signatories].sort((a, b) => a.position - b.position),
        }}
      />
    </>
  );
}
