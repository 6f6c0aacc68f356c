import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { PoliceAreaForm } from "@/components/admin/police-area-form";
import { Notice } from "@/components/ui/notice";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { municipalityChoices } from "@/lib/municipalities/queries";
import { findPoliceAreaForAdmin } from "@/lib/police-areas/queries";
import { updatePoliceAreaAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).admin.policeAreas.title };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function EditPoliceAreaPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const area = await findPoliceAreaForAdmin(actor, (await params).id);
  if (!area) notFound();
  const m = messages(locale);
  const p = m.admin.policeAreas;
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p className="text-sm">
        <Link href="/admin/polisomraden">{p.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{format(locale, p.edit, { name: area.name })}</h1>
      <p className="mb-6 mt-2 text-sm">
        <Link href={`/admin/organisationer?plats=${area.id}`}>{m.admin.sections.organisations}</Link>
      </p>
      <PoliceAreaForm
        id="police-area-form"
        action={updatePoliceAreaAction}
        values={{ id: area.id, version: area.version, name: area.name, slug: area.slug, municipalityIds: area.municipalities.map((x) => x.municipalityId) }}
        municipalities={await municipalityChoices()}
        submitLabel={m.forms.save}
        locale={locale}
      />
      <section className="mt-10">
        <h2 id="coverage-history" className="text-2xl font-semibold">
          {p.history}
        </h2>
        <p className="mb-3 mt-1 text-muted">{p.historyIntro}</p>
        {area.coverage.length === 0 ? (
          <p>{p.noHistory}</p>
        ) : (
          <ScrollableTable label={p.history}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">{p.history}</caption>
              <thead className="bg-brand-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{p.fields.municipalities}</th>
                  <th scope="col" className="px-3 py-2">{p.since}</th>
                  <th scope="col" className="px-3 py-2">{p.until}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {area.coverage.map((c) => (
                  <tr key={c.id}>
                    <td className="px-3 py-2">{c.municipality.name}</td>
                    <td className="px-3 py-2">{formatDateTime(c.startedAt, locale)}</td>
                    <td className="px-3 py-2">{c.endedAt ? formatDateTime(c.endedAt, locale) : p.ongoing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        )}
      </section>
    </>
  );
}
