import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { listMunicipalitiesForAdmin } from "@/lib/municipalities/queries";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { refusedTitle } from "@/lib/pages/refused-title";

type Params = { sida?: string; notice?: string };
type Props = { searchParams: Promise<Params> };

/** The page of municipalities the address asks for, read once a request (the title names the page shown). */
const readMunicipalities = oncePerRequest(async ({ sida }: Params) => {
  const actor = await requireActor();
  if (!authorize(actor, "municipality.manage", { type: "system" })) notFound();
  return listMunicipalitiesForAdmin(pageNumber(sida));
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  // Refused before the list is read: a refused reader's tab says what the page says.
  if (!authorize(await requireActor(), "municipality.manage", { type: "system" })) return refusedTitle(locale);
  const { sida } = await searchParams;
  return { title: pagedTitle(locale, messages(locale).admin.municipalities.title, (await readMunicipalities({ sida })).page) };
}

export default async function MunicipalitiesAdminPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const params = await searchParams;
  const m = messages(locale).admin;
  const list = await readMunicipalities({ sida: params.sida });
  return (
    <>
      <Notice code={params.notice} />
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{m.municipalities.title}</h1>
        <Link href="/admin/kommuner/ny" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
          {m.municipalities.new}
        </Link>
      </div>
      {list.rows.length === 0 ? (
        <p className="mt-6">{m.municipalities.none}</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {list.rows.map((x) => (
            <li key={x.id} className="p-4">
              <h2 className="font-semibold">
                <Link href={`/admin/kommuner/${x.id}`}>{x.name}</Link>
              </h2>
              <p className="text-sm text-muted">
                {[`/${x.slug}`, x.code, x.policeArea?.name ?? m.municipalities.noPoliceArea].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/admin/kommuner", {}, page)} />
    </>
  );
}
