import { messages, type Locale } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * For someone who works in many municipalities (an administrator: the whole country), a form
 * first asks which one, so that its choosers hold that municipality's records only (?kommun=).
 */
export function MunicipalityChooser({ action, municipalities, locale }: { action: string; municipalities: { id: string; name: string }[]; locale: Locale }) {
  const m = messages(locale).listFilter;
  return (
    <form method="get" action={localePath(locale, action)} className="no-print max-w-xl rounded-lg border border-slate-200 p-4">
      <label htmlFor="choose-municipality" className="block font-medium">{m.municipality}</label>
      <p id="choose-municipality-hint" className="text-sm text-muted">{m.chooseFirst}</p>
      <div className="mt-2 flex flex-wrap items-end gap-4">
        <select id="choose-municipality" name="kommun" aria-describedby="choose-municipality-hint" required className="block max-w-full rounded-md border border-slate-500 bg-white px-3 py-2">
          {municipalities.map((x) => (
            <option key={x.id} value={x.id}>{x.name}</option>
          ))}
        </select>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{m.next}</button>
      </div>
    </form>
  );
}
