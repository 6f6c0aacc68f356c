import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { EditOrganisationForm } from "@/components/admin/organisation-form";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findOrganisationForAdmin } from "@/lib/organisations/queries";
import { updateOrganisationAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).admin.organisations.title };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function EditOrganisationPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const organisation = await findOrganisationForAdmin(actor, (await params).id);
  if (!organisation) notFound();
  const m = messages(locale);
  const o = m.admin.organisations;
  const place = organisation.municipality ?? organisation.policeArea;
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p className="text-sm">
        <Link href="/admin/organisationer">{o.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{format(locale, o.edit, { name: organisation.name })}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{o.fields.kind}</dt>
        <dd>{o.kinds[organisation.kind]}</dd>
        <dt className="font-semibold">{o.fields.belongsTo}</dt>
        <dd>{place?.name ?? "–"}</dd>
        <dt className="font-semibold">{o.fields.users}</dt>
        <dd>{organisation._count.users}</dd>
      </dl>
      <p className="mt-2 text-sm text-muted">{o.hints.placeFixed}</p>
      <ul className="mb-6 mt-4 flex flex-wrap gap-x-4 text-sm">
        <li>
          <Link href={`/admin/anvandare?organisation=${organisation.id}`}>{format(locale, o.usersIn, { name: organisation.name })}</Link>
        </li>
        <li>
          <Link href={`/admin/anvandare/ny?organisation=${organisation.id}`}>{format(locale, o.newUserIn, { name: organisation.name })}</Link>
        </li>
      </ul>
      <EditOrganisationForm id="organisation-form" action={updateOrganisationAction} values={organisation} locale={locale} />
    </>
  );
}
