import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current-actor";
import { messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { listUsersForAdmin, organisationChoicesForUsers } from "@/lib/users/queries";
import { isUuid } from "@/lib/validation/ids";
import { mayUseAdministration } from "@/lib/auth/permissions";
import { refusedTitle } from "@/lib/pages/refused-title";

type Params = { sida?: string; notice?: string; q?: string; organisation?: string; status?: string };
type Props = { searchParams: Promise<Params> };

/** The page of users the address asks for, read once a request (the title names the page shown). */
const readUsers = oncePerRequest(async (params: Params) => {
  const actor = await requireActor();
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : undefined;
  const organisationId = params.organisation && isUuid(params.organisation) ? params.organisation : undefined;
  const status = params.status === "active" || params.status === "inactive" ? params.status : undefined;
  return { q, organisationId, status, list: await listUsersForAdmin(actor, pageNumber(params.sida), { q, organisationId, status }) };
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  // Refused before the list is read: a refused reader's tab says what the page says.
  if (!mayUseAdministration(await requireActor())) return refusedTitle(locale);
  const { list } = await readUsers(await searchParams);
  return { title: pagedTitle(locale, messages(locale).admin.users.title, list.page) };
}

/** The users the actor may see: everyone for administrators, their own organisations' for user managers (the layout lets no one else in). */
export default async function UsersAdminPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const params = await searchParams;
  const all = messages(locale);
  const u = all.admin.users;
  const [{ q, organisationId, status, list }, organisations] = await Promise.all([readUsers(params), organisationChoicesForUsers(actor)]);
  const select = "block max-w-full rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <>
      <Notice code={params.notice} />
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{u.title}</h1>
        <Link
          href={organisationId ? `/admin/anvandare/ny?organisation=${organisationId}` : "/admin/anvandare/ny"}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
        >
          {u.new}
        </Link>
      </div>
      <form method="get" action={localePath(locale, "/admin/anvandare")} className="no-print mt-6 rounded-lg border border-slate-200 p-4">
        <fieldset className="flex min-w-0 flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{u.filterLegend}</legend>
          <div>
            <label htmlFor="user-filter-q" className="block text-sm font-medium">{u.search}</label>
            <input id="user-filter-q" name="q" type="search" defaultValue={q ?? ""} className="block rounded-md border border-slate-500 bg-white px-3 py-2" />
          </div>
          <div className="min-w-0 max-w-full">
            <label htmlFor="user-filter-organisation" className="block text-sm font-medium">{u.fields.organisationId}</label>
            <select id="user-filter-organisation" name="organisation" defaultValue={organisationId ?? ""} className={select}>
              <option value="">{u.allOrganisations}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>{o.label}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="user-filter-status" className="block text-sm font-medium">{u.status}</label>
            <select id="user-filter-status" name="status" defaultValue={status ?? ""} className={select}>
              <option value="">{u.all}</option>
              <option value="active">{u.active}</option>
              <option value="inactive">{u.inactive}</option>
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{all.admin.audit.apply}</button>
        </fieldset>
      </form>
      {list.rows.length === 0 ? (
        <p className="mt-6">{u.none}</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {list.rows.map((x) => (
            <li key={x.id} className="p-4">
              <h2 className="flex flex-wrap items-center gap-2 font-semibold">
                {x.mayEdit ? <Link href={`/admin/anvandare/${x.id}`}>{x.name}</Link> : <span>{x.name}</span>}
                {!x.active && <Badge tone="danger">{u.inactive}</Badge>}
                {x.mayManageUsers && <Badge>{u.userManager}</Badge>}
              </h2>
              <p className="break-words text-sm text-muted">
                {[x.email, x.title, x.organisation.name, all.role[x.role]].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/admin/anvandare", { q, organisation: organisationId, status }, page)} />
    </>
  );
}
