import type { Metadata } from "next";
import Link from "next/link";
import { PromiseStatusBadge } from "@/components/promises/promise-status-badge";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatPeriod } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { listPromisesForActor } from "@/lib/promises/queries";

export const metadata: Metadata = { title: messages().promises.title };

export default async function PromisesPage() {
  const actor = await requireActor();
  const m = messages(actor.locale);
  const promises = await listPromisesForActor(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{m.promises.title}</h1>
        {hasPermission(actor.role, "promise.create") && (
          <Link href="/loften/nytt" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {m.promises.new}
          </Link>
        )}
      </div>
      <p className="mt-2 text-muted">{m.promises.listIntro}</p>
      {promises.length === 0 ? (
        <p className="mt-6">{m.promises.none}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {promises.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/loften/${p.id}`}>{p.title}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <PromiseStatusBadge status={p.status} periodStart={p.periodStart} />
                <span>{formatPeriod(p.periodStart, p.periodEnd)}</span>
                <span>{p.municipality.name}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
