import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { listPoliceAreasForAdmin } from "@/lib/police-areas/queries";
import { refusedTitle } from "@/lib/pages/refused-title";

type Params = { sida?: string; notice?: string };
type Props = { searchParams: Promise<Params> };

/** The page of police areas the address asks for, read once a request (the title names the page shown). */
const readPoliceAreas = oncePerRequest(async ({ sida }: Params) => {
  const actor = await requireActor();
  if (!authorize(actor, "policeArea.manage", { type: "system" })) notFound();
  return listPoliceAreasForAdmin(pageNumber(sida));
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  // Refused before the list is read: a refused reader's tab says what the page says.
  if (!authorize(await requireActor(), "policeArea.manage", { type: "system" })) return refusedTitle(locale);
  const { sida } = await searchParams;
  return { title: pagedTitle(locale, messages(locale).admin.policeAreas.title, (await readPoliceAreas({ sida })).page) };
}

export default async function PoliceAreasAdminPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const params = await searchParams;
  const m = messages(locale).admin;
  const list = await readPoliceAreas({ sida: params.sida });
  return (
    <>
      <Notice code={params.notice} />
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{m.policeAreas.title}</h1>
        <Link href="/admin/polisomraden/nytt" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
          {m.policeAreas.new}
        </Link>
      </div>
      {list.rows.length === 0 ? (
        <p className="mt-6">{m.policeAreas.none}</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {list.rows.map((a) => (
            <li key={a.id} className="p-4">
              <h2 className="font-semibold">
                <Link href={`/admin/polisomraden/${a.id}`}>{a.name}</Link>
              </h2>
              <p className="text-sm text-muted">{a.municipalities.join(", ") || "–"}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/admin/polisomraden", {}, page)} />
    </>
  );
}
