import { messages, type Locale } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import type { ListFilter } from "@/lib/pagination/filter";

/**
 * The filter above a signed-in list: free text, municipality, status and year, as a plain
 * GET form (works without JavaScript; the address can be shared). Fields without choices
 * are left out.
 */
export function ListFilterForm({
  action,
  filter,
  municipalities,
  statuses,
  statusLabel,
  statusText,
  year = true,
  locale,
  hidden,
}: {
  action: string;
  filter: ListFilter;
  municipalities?: { id: string; name: string }[];
  statuses?: readonly string[];
  statusLabel?: (status: string) => string;
  /** The status field's label and "all" choice, when it filters something else (a forum's level). */
  statusText?: { label: string; all: string };
  year?: boolean;
  locale: Locale;
  /** Other parameters the list keeps (e.g. the forum level). */
  hidden?: React.ReactNode;
}) {
  const m = messages(locale).listFilter;
  const id = (name: string) => `list-filter-${name}`;
  const field = "block rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <form method="get" action={localePath(locale, action)} role="search" className="no-print mt-6 rounded-lg border border-slate-200 p-4">
      <fieldset className="flex min-w-0 flex-wrap items-end gap-4">
        <legend className="mb-2 font-semibold">{m.legend}</legend>
        <div className="min-w-0">
          <label htmlFor={id("q")} className="block text-sm font-medium">{m.text}</label>
          <input id={id("q")} name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} className={field} />
        </div>
        {municipalities && municipalities.length > 1 && (
          <div className="min-w-0 max-w-full">
            <label htmlFor={id("kommun")} className="block text-sm font-medium">{m.municipality}</label>
            <select id={id("kommun")} name="kommun" defaultValue={filter.municipalityId ?? ""} className={`${field} max-w-full`}>
              <option value="">{m.allMunicipalities}</option>
              {municipalities.map((x) => (
                <option key={x.id} value={x.id}>{x.name}</option>
              ))}
            </select>
          </div>
        )}
        {statuses && statusLabel && (
          <div>
            <label htmlFor={id("status")} className="block text-sm font-medium">{statusText?.label ?? m.status}</label>
            <select id={id("status")} name="status" defaultValue={filter.status ?? ""} className={field}>
              <option value="">{statusText?.all ?? m.allStatuses}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>{statusLabel(s)}</option>
              ))}
            </select>
          </div>
        )}
        {year && (
          <div>
            <label htmlFor={id("ar")} className="block text-sm font-medium">{m.year}</label>
            <input id={id("ar")} name="ar" type="number" inputMode="numeric" min={2000} max={2100} defaultValue={filter.year ?? ""} className={`${field} w-28`} />
          </div>
        )}
        {hidden}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{m.apply}</button>
      </fieldset>
    </form>
  );
}
