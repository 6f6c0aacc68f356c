import { Link } from "@/i18n/navigation";
import type { PublicMunicipality } from "@/lib/public/promises";
import { formatPeriod } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { PromiseStatusBadge } from "./promise-status-badge";

export function PromiseList({ municipality, headingLevel = 3 }: { municipality: PublicMunicipality; headingLevel?: 2 | 3 }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (municipality.promises.length === 0) return <p className="text-muted">{m.start.noPromises}</p>;
  return (
    <ul className="space-y-3">
      {municipality.promises.map((p) => (
        <li key={p.slug} className="rounded-lg border border-slate-200 p-4">
          <Heading className="text-base font-semibold">
            <Link href={`/${municipality.slug}/medborgarloften/${p.slug}`}>{p.title}</Link>
          </Heading>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <span>{formatPeriod(p.periodStart, p.periodEnd, locale)}</span>
            <PromiseStatusBadge status={p.status} periodStart={p.periodStart} />
          </p>
        </li>
      ))}
    </ul>
  );
}
