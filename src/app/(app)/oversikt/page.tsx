import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyForums } from "@/lib/forums/queries";
import { format, messages } from "@/lib/i18n";
import { listMunicipalityNames } from "@/lib/municipalities/queries";

export const metadata: Metadata = { title: messages().overview.title };

export default async function OverviewPage() {
  const actor = await requireActor();
  const m = messages(actor.locale);
  const [municipalities, forums] = await Promise.all([listMunicipalityNames(actor.municipalityIds), listMyForums(actor)]);
  const rows: [string, string][] = [
    [m.overview.name, actor.name],
    [m.overview.jobTitle, actor.title ?? "–"],
    [m.overview.organisation, actor.organisation.name],
    [m.overview.role, m.role[actor.role]],
    [m.overview.municipalities, municipalities.map((x) => x.name).join(", ") || "–"],
  ];
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(m.overview.welcome, { name: actor.name })}</h1>
      <section aria-labelledby="you" className="mt-8">
        <h2 id="you" className="text-xl font-semibold">
          {m.overview.you}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="forums" className="mt-8">
        <h2 id="forums" className="text-xl font-semibold">
          {m.overview.forums}
        </h2>
        {forums.length === 0 ? (
          <p className="mt-2 text-muted">{m.overview.noForums}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {forums.map((f) => (
              <li key={f.id}>
                {f.name} <span className="text-muted">({f.cadence})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
