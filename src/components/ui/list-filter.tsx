import { format, messages, type Locale } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import type { MunicipalityFilterField } from "@/lib/municipalities/list-filter";
import type { ListFilter } from "@/lib/pagination/filter";

/**
 * The filter above a signed-in list: free text, municipality, status and year, as a plain
 * GET form (works without JavaScript; the address can be shared). Fields without choices
 * are left out. The municipality is picked from a list when the reader has a few, and typed
 * when they have the whole country (`municipalityFilterField`).
 */
export function ListFilterForm({
  action,
  filter,
  municipality,
  statuses,
  statusLabel,
  statusText,
  year = true,
  locale,
  hidden,
}: {
  action: string;
  filter: ListFilter;
  municipality?: MunicipalityFilterField;
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
        {municipality?.kind === "choices" && municipality.choices.length > 1 && (
          <div className="min-w-0 max-w-full">
            <label htmlFor={id("kommun")} className="block text-sm font-medium">{m.municipality}</label>
            <select id={id("kommun")} name="kommun" defaultValue={filter.municipalityId ?? ""} className={`${field} max-w-full`}>
              <option value="">{m.allMunicipalities}</option>
              {municipality.choices.map((x) => (
                <option key={x.id} value={x.id}>{x.name}</option>
              ))}
            </select>
          </div>
        )}
        {municipality?.kind === "search" && (
          <div className="min-w-0">
            <label htmlFor={id("kommun")} className="block text-sm font-medium">{m.municipality}</label>
            <input
              id={id("kommun")}
              name="kommun"
              type="search"
              defaultValue={municipality.text}
              maxLength={100}
              aria-describedby={municipality.matches ? `${id("kommun-hint")} ${id("kommun-matches")}` : id("kommun-hint")}
              className={field}
            />
            <p id={id("kommun-hint")} className="mt-1 text-xs text-muted">{m.municipalityHint}</p>
            {municipality.matches && (
              <p id={id("kommun-matches")} role="status" className="mt-1 max-w-md text-sm">
                {municipality.matches.count === 0
                  ? m.municipalityNone
                  : format(locale, m.municipalityMatches, {
                      count: municipality.matches.count,
                      names: municipality.matches.names.join(", "),
                      more: municipality.matches.count - municipality.matches.names.length,
                    })}
              </p>
            )}
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
