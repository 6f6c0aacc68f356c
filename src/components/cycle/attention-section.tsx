import type { measuresNeedingAttention } from "@/lib/action-plans/queries";
import { formatDate } from "@/lib/format/dates";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { PlainLink } from "@/components/ui/plain-link";
import { RatingBadge } from "./measure-table";

/** On the overview: measures the actor's organisation is responsible for that are red or late. */
export async function MeasuresNeedingAttention({ rows }: { rows: Awaited<ReturnType<typeof measuresNeedingAttention>> | null }) {
  const locale = await requestLocale();
  if (!rows) return null;
  const m = messages(locale);
  const c = m.cycle.measures;
  const today = new Date();
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
              <span className="meta">{`${r.actionPlan!.title}${r.dueOn ? ` · ${formatDate(r.dueOn, locale)}` : ""}`}</span>
              <RatingBadge rating={r.rating} />
              {r.dueOn && r.dueOn.getTime() + 86_400_000 <= today.getTime() && r.status !== "DONE" && r.status !== "CANCELLED" && <Badge tone="danger">{c.late}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
