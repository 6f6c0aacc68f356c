import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { PromiseForm } from "@/components/promises/promise-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { isEditable } from "@/lib/promises/publishing";
import { findPromiseForActor, promiseFormOptions } from "@/lib/promises/queries";
import { updatePromiseAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).promises.edit };
}

export default async function EditPromisePage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const promise = await findPromiseForActor(actor, (await params).id);
  if (!promise) notFound();
  const joint = { type: "joint" as const, municipalityId: promise.municipalityId, policeAreaId: promise.policeAreaId };
  if (!authorize(actor, "promise.update", joint) || !isEditable(promise.status)) notFound();
  const m = messages(locale);
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
