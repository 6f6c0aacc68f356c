import { Link } from "@/i18n/navigation";
import { connection } from "next/server";
import { format, messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { localeOfPage } from "@/lib/i18n/server";
import { COUNTIES, countyOf } from "@/lib/municipalities/counties";
import { listPublicMunicipalityIndex } from "@/lib/public/promises";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const OTHER = "";

/**
 * The start page lists every municipality compactly, by county, with how many promises it has
 * published; a visitor narrows it by name or county. The promises are on each municipality's page.
 */
export default async function StartPage({ params, searchParams }: Props) {
  const locale = await localeOfPage(params);
  await connection();
  const m = messages(locale);
  const query = await searchParams;
  const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);
  const q = first(query.q)?.trim().slice(0, 100).toLocaleLowerCase("sv") ?? "";
  const county = first(query.lan);
  const chosenCounty = county && county in COUNTIES ? county : undefined;
  const all = await listPublicMunicipalityIndex();
  const shown = all.filter((x) => (!q || x.name.toLocaleLowerCase("sv").includes(q)) && (!chosenCounty || countyOf(x.code) === chosenCounty));
  const byCounty = new Map<string, typeof shown>();
  for (const x of shown) {
    const key = countyOf(x.code) ?? OTHER;
    const list = byCounty.get(key);
    if (list) list.push(x);
    else byCounty.set(key, [x]);
  }
  const groups = [...Object.keys(COUNTIES), OTHER].filter((c) => byCounty.has(c));
  const field = "block rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{m.start.title}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{m.start.intro}</p>
      <h2 className="mt-10 text-2xl font-semibold">{m.start.municipalities}</h2>
      <form method="get" action={localePath(locale, "/")} role="search" className="mt-4 rounded-lg border border-slate-200 p-4">
        <fieldset className="flex min-w-0 flex-wrap items-end gap-4">
          <legend className="mb-2 font-semibold">{m.start.filterLegend}</legend>
          <div className="min-w-0">
            <label htmlFor="start-q" className="block text-sm font-medium">{m.start.search}</label>
            <input id="start-q" name="q" type="search" defaultValue={first(query.q) ?? ""} maxLength={100} className={field} />
          </div>
          <div className="min-w-0 max-w-full">
            <label htmlFor="start-lan" className="block text-sm font-medium">{m.start.county}</label>
            <select id="start-lan" name="lan" defaultValue={chosenCounty ?? ""} className={`${field} max-w-full`}>
              <option value="">{m.start.allCounties}</option>
              {Object.entries(COUNTIES).map(([code, name]) => (
                <option key={code} value={code}>{name}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{m.start.show}</button>
        </fieldset>
      </form>
      {groups.length === 0 && <p className="mt-6">{m.start.noMatch}</p>}
      <div className="mt-6 columns-1 gap-8 md:columns-2 lg:columns-3">
        {groups.map((code) => (
          <section key={code || "other"} aria-labelledby={`county-${code || "other"}`} className="mb-6 break-inside-avoid">
            <h3 id={`county-${code || "other"}`} className="text-lg font-semibold">{code ? COUNTIES[code] : m.start.otherCounty}</h3>
            <ul className="mt-1">
              {byCounty
                .get(code)!
                .sort((a, b) => a.name.localeCompare(b.name, "sv"))
                .map((x) => (
                  <li key={x.slug}>
                    <Link href={`/${x.slug}`}>{x.name}</Link>{" "}
                    <span className="text-sm text-muted">({format(locale, m.start.promiseCount, { count: x.promiseCount })})</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
