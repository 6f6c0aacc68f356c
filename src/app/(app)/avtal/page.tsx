import type { Metadata } from "next";
import Link from "next/link";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { listAgreementsForActor } from "@/lib/agreements/queries";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { formatPeriod } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages().agreements.title };

export default async function AgreementsPage() {
  const actor = await requireActor();
  const m = messages(actor.locale);
  const agreements = await listAgreementsForActor(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-900">{m.agreements.title}</h1>
        {hasPermission(actor.role, "agreement.create") && (
          <Link href="/avtal/nytt" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {m.agreements.new}
          </Link>
        )}
      </div>
      <p className="mt-2 text-muted">{m.agreements.listIntro}</p>
      {agreements.length === 0 ? (
        <p className="mt-6">{m.agreements.none}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {agreements.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/avtal/${a.id}`}>{a.title}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <AgreementStatusBadge status={a.status} />
                <span>{formatPeriod(a.periodStart, a.periodEnd)}</span>
                {a.caseNumber && <span>{a.caseNumber}</span>}
                <span>
                  {a.municipality.name} · {a.policeArea.name}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
