import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PromiseForm } from "@/components/promises/promise-form";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { jointPartiesForActor } from "@/lib/municipalities/queries";
import { promiseFormOptions } from "@/lib/promises/queries";
import { createPromiseAction } from "../actions";

export const metadata: Metadata = { title: messages().promises.new };

export default async function NewPromisePage() {
  const actor = await requireActor();
  if (!hasPermission(actor.role, "promise.create")) notFound();
  const m = messages(actor.locale);
  const parties = await jointPartiesForActor(actor);
  const options = await promiseFormOptions(actor, parties.municipalities.map((x) => x.id));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.promises.new}</h1>
      <PromiseForm action={createPromiseAction} parties={parties} options={options} submitLabel={m.forms.save} />
    </>
  );
}
