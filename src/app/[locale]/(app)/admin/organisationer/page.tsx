import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { municipalityChoices } from "@/lib/municipalities/queries";
import { listOrganisationsForAdmin } from "@/lib/organisations/queries";
import { ORGANISATION_KINDS } from "@/lib/organisations/schemas";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { policeAreaChoices } from "@/lib/police-areas/queries";
import { isUuid } from "@/lib/validation/ids";
import { refusedTitle } from "@/lib/pages/refused-title";

type Params = { sida?: string; notice?: string; plats?: string; typ?: string };
type Props = { searchParams: Promise<Params> };

/** The page of organisations the address asks for, read once a request (the title names the page shown). */
const readOrganisations = oncePerRequest(async (params: Params) => {
  const actor = await requireActor();
  if (!authorize(actor, "organisation.manage", { type: "system" })) notFound();
  const placeId = params.plats && isUuid(params.plats) ? params.plats : undefined;
  const kind = ORGANISATION_KINDS.find((k) => k === params.typ);
  return { placeId, kind, list: await listOrganisationsForAdmin(pageNumber(params.sida), { placeId, kind }) };
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  // Refused before the list is read: a refused reader's tab says what the page says.
  if (!authorize(await requireActor(), "organisation.manage", { type: "system" })) return refusedTitle(locale);
  const { list } = await readOrganisations(await searchParams);
  return { title: pagedTitle(locale, messages(locale).admin.organisations.title, list.page) };
}

export default async function OrganisationsAdminPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const params = await searchParams;
  const { placeId, kind, list } = await readOrganisations(params);
  const m = messages(locale).admin;
  const o = m.organisations;
  const [municipalities, areas] = await Promise.all([municipalityChoices(), policeAreaChoices()]);
  const municipality = municipalities.find((x) => x.id === placeId);
  const area = areas.find((x) => x.id === placeId);
  const newHref = municipality ? `/admin/organisationer/ny?kommun=${municipality.id}` : area ? `/admin/organisationer/ny?polisomrade=${area.id}` : "/admin/organisationer/ny";
  const select = "block rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <>
      <Notice code={params.notice} />
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{o.title}</h1>
        <Link href={newHref} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
          {o.new}
        </Link>
      </div>
      <form method="get" action={localePath(locale, "/admin/organisationer")} className="no-print mt-6 rounded-lg border border-slate-200 p-4">
        <fieldset className="flex min-w-0 flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{o.filterLegend}</legend>
          <div className="min-w-0 max-w-full">
            <label htmlFor="organisation-filter-place" className="block text-sm font-medium">{o.place}</label>
            <select id="organisation-filter-place" name="plats" defaultValue={placeId ?? ""} className={`${select} max-w-full`}>
              <option value="">{o.allPlaces}</option>
              {municipalities.map((x) => (
                <option key={x.id} value={x.id}>{x.name}</option>
              ))}
              {areas.map((x) => (
                <option key={x.id} value={x.id}>{x.name}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="organisation-filter-kind" className="block text-sm font-medium">{o.fields.kind}</label>
            <select id="organisation-filter-kind" name="typ" defaultValue={kind ?? ""} className={select}>
              <option value="">{o.allPlaces}</option>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>{o.kinds[k]}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{m.audit.apply}</button>
        </fieldset>
      </form>
      {list.rows.length === 0 ? (
        <p className="mt-6">{o.none}</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {list.rows.map((x) => (
            <li key={x.id} className="p-4">
              <h2 className="font-semibold">
                <Link href={`/admin/organisationer/${x.id}`}>{x.name}</Link>
              </h2>
              <p className="text-sm text-muted">
                {[o.kinds[x.kind], x.municipality?.name ?? x.policeArea?.name, `${o.fields.users}: ${x._count.users}`].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/admin/organisationer", { plats: placeId, typ: kind }, page)} />
    </>
  );
}
