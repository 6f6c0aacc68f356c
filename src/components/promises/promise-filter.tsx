import { messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { usePageLocale } from "@/lib/i18n/use-locale";

interface Props {
  action: string;
  years: number[];
  places: string[];
  selected: { status?: string; year?: number; place?: string };
}

/** A plain GET form: works without JavaScript, and the filtered address can be shared. */
export function PromiseFilter({ action, years, places, selected }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.promise.filter;
  const select = "block rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <form method="get" action={localePath(locale, action)} className="no-print mb-6 rounded-lg border border-slate-200 p-4">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 font-semibold">{f.legend}</legend>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">{f.status}</label>
          <select id="filter-status" name="status" defaultValue={selected.status ?? ""} className={select}>
            <option value="">{f.all}</option>
            <option value="PUBLISHED">{m.promise.statusLabel.PUBLISHED}</option>
            <option value="COMPLETED">{m.promise.statusLabel.COMPLETED}</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-year" className="block text-sm font-medium">{f.year}</label>
          <select id="filter-year" name="year" defaultValue={selected.year?.toString() ?? ""} className={select}>
            <option value="">{f.all}</option>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-place" className="block text-sm font-medium">{f.place}</label>
          <select id="filter-place" name="place" defaultValue={selected.place ?? ""} className={select}>
            <option value="">{f.all}</option>
            {places.map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{f.apply}</button>
      </fieldset>
    </form>
  );
}
