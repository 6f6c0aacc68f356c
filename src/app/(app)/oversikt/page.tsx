import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/current-actor";
import { awaitingMyApproval, myOpenItems } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/format/dates";
import { isOverdue } from "@/lib/forums/rules";
import { listMyForums } from "@/lib/forums/queries";
import { format, messages } from "@/lib/i18n";
import { listMunicipalityNames } from "@/lib/municipalities/queries";

export const metadata: Metadata = { title: messages().overview.title };

export default async function OverviewPage() {
  const actor = await requireActor();
  const m = messages(actor.locale);
  const [municipalities, forums, items, waiting] = await Promise.all([
    listMunicipalityNames(actor.municipalityIds),
    listMyForums(actor),
    myOpenItems(actor),
    awaitingMyApproval(actor),
  ]);
  const today = new Date();
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
      <section aria-labelledby="my-items" className="mt-8">
        <h2 id="my-items" className="text-xl font-semibold">{m.overview.myItems}</h2>
        {items.length === 0 ? (
          <p className="mt-2 text-muted">{m.overview.noMyItems}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {items.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/forum/${i.forum.id}`}>{i.title}</Link>
                <span className="text-sm text-muted">{i.forum.name} · {formatDate(i.dueOn)}</span>
                {isOverdue(i, today) && <Badge tone="danger">{m.overview.late}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting" className="mt-8">
        <h2 id="waiting" className="text-xl font-semibold">{m.overview.waiting}</h2>
        {waiting.agreements.length + waiting.promises.length === 0 ? (
          <p className="mt-2 text-muted">{m.overview.noWaiting}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {waiting.agreements.map((a) => (<li key={a.id}><Link href={`/avtal/${a.id}`}>{a.title}</Link></li>))}
            {waiting.promises.map((p) => (<li key={p.id}><Link href={`/loften/${p.id}`}>{p.title}</Link></li>))}
          </ul>
        )}
      </section>
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
                <Link href={`/forum/${f.id}`}>{f.name}</Link> <span className="text-muted">({f.cadence})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
