import type { measuresNeedingAttention } from "@/lib/action-plans/queries";
import { formatDate } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import type { DashboardPageHref } from "@/components/dashboard/sections";
import { RatingBadge } from "./measure-table";

/**
 * On the overview: measures the actor's organisation is responsible for that are red or late,
 * a page at a time (?atgardas=), each with its municipality for those who see several.
 */
export async function MeasuresNeedingAttention({ data, showMunicipality, pageHref }: { data: Awaited<ReturnType<typeof measuresNeedingAttention>> | null; showMunicipality: boolean; pageHref: DashboardPageHref }) {
  const locale = await requestLocale();
  if (!data) return null;
  const { rows } = data;
  const m = messages(locale);
  const c = m.cycle.measures;
  return (
    <section aria-labelledby="attention" className="mt-8">
      <h2 id="attention" className="text-xl font-semibold">{c.attentionTitle}</h2>
      <p className="mt-1 text-sm text-muted">{c.attentionIntro}</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{c.attentionNone}</p>
      ) : (
        <ul className="record-list mt-2 space-y-1">
          {rows.map((r, n) => (
            <li key={n}>
              <PlainLink locale={locale} href={`/atgardsplaner/${r.actionPlan!.id}/atgarder/${r.id}/uppfoljning`}>{r.title}</PlainLink>
              <span className="meta">{[showMunicipality ? r.actionPlan!.agreement.municipality.name : null, r.actionPlan!.title, r.due ? formatDate(r.due, locale) : null].filter(Boolean).join(" · ")}</span>
              <RatingBadge rating={r.rating} />
              {r.late && <Badge tone="danger">{c.late}</Badge>}
            </li>
          ))}
        </ul>
      )}
      {data.pageCount > 1 && <Pagination page={data.page} pageCount={data.pageCount} total={data.total} locale={locale} label={c.attentionTitle} href={pageHref("atgardas", "attention")} />}
    </section>
  );
}
