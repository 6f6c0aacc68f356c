import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { MunicipalityForm } from "@/components/admin/municipality-form";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findMunicipalityForAdmin } from "@/lib/municipalities/queries";
import { updateMunicipalityAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).admin.municipalities.title };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function EditMunicipalityPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const municipality = await findMunicipalityForAdmin(actor, (await params).id);
  if (!municipality) notFound();
  const m = messages(locale);
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p className="text-sm">
        <Link href="/admin/kommuner">{m.admin.municipalities.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{format(locale, m.admin.municipalities.edit, { name: municipality.name })}</h1>
      <ul className="mb-6 mt-2 flex flex-wrap gap-x-4 text-sm">
        <li>
          <Link href={`/${municipality.slug}`}>{m.admin.municipalities.publicPage}</Link>
        </li>
        <li>
          <Link href={`/${municipality.slug}/tillganglighet`}>{m.admin.municipalities.statementPage}</Link>
        </li>
        <li>
          <Link href={`/admin/organisationer?plats=${municipality.id}`}>{m.admin.sections.organisations}</Link>
        </li>
      </ul>
      <MunicipalityForm id="municipality-form" action={updateMunicipalityAction} values={municipality} submitLabel={m.forms.save} locale={locale} />
    </>
  );
}
