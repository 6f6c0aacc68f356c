import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PromiseForm } from "@/components/promises/promise-form";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { MunicipalityChooser } from "@/components/ui/municipality-chooser";
import { dialogueMunicipalities } from "@/lib/dialogues/queries";
import { jointPartiesForActor } from "@/lib/municipalities/queries";
import { isUuid } from "@/lib/validation/ids";
import { promiseFormOptions } from "@/lib/promises/queries";
import { createPromiseAction } from "../actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(hasPermission(actor.role, "promise.create"), messages(locale).promises.new, locale);
}

type Props = { searchParams: Promise<{ kommun?: string }> };

export default async function NewPromisePage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!hasPermission(actor.role, "promise.create")) notFound();
  const m = messages(locale);
  const { kommun } = await searchParams;
  // Someone with the whole country in scope chooses the municipality first: the form's choosers hold its records only.
  const many = actor.role === "ADMIN" && !(kommun && isUuid(kommun));
  if (many) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.promises.new}</h1>
        <MunicipalityChooser action="/loften/nytt" municipalities={await dialogueMunicipalities(actor)} locale={locale} />
      </>
    );
  }
  const parties = await jointPartiesForActor(actor, kommun);
  if (parties.municipalities.length === 0) notFound();
  const options = await promiseFormOptions(actor, parties.municipalities.map((x) => x.id));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.promises.new}</h1>
      <PromiseForm action={createPromiseAction} parties={parties} options={options} submitLabel={m.forms.save} />
    </>
  );
}
