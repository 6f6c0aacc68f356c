import { Link } from "@/i18n/navigation";
import type { ActivityStatus, EffortKind, TrafficLight } from "@/generated/prisma/enums";
import { MoveButton } from "@/components/forms/move-button";
import { ProgressCell } from "@/components/promises/activity-plan-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { isLateRow } from "@/lib/dashboard/figures";
import type { ActionResult } from "@/lib/actions/result";
import type { ActivityProgress } from "@/lib/activities/progress";
import { formatFigure, indicatorStanding } from "@/lib/analyses/indicators";
import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface MeasureRow {
  id: string;
  number: number;
  cause: string | null;
  title: string;
  operationalGoal: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  indicator: { name: string; unit: string; baselineValue: number; baselineOn: Date; values: { measuredOn: Date; value: number }[] } | null;
  indicatorTarget: number | null;
  timing: string;
  dueOn: Date | null;
  responsible: string;
  responsibleOrgs: { organisation: { name: string } }[];
  municipalityContribution: string | null;
  policeContribution: string | null;
  followUp: string;
  effortKind: EffortKind | null;
  status: ActivityStatus;
  rating: TrafficLight | null;
}

const RATING_TONE: Record<TrafficLight, BadgeTone> = { GREEN: "success", YELLOW: "warning", RED: "danger" };

export function RatingBadge({ rating }: { rating: TrafficLight | null }) {
  const locale = usePageLocale();
  const m = messages(locale).cycle.measures;
  return rating ? <Badge tone={RATING_TONE[rating]}>{m.rating[rating]}</Badge> : <Badge>{m.ratingNone}</Badge>;
}

/** One focus area's measures with Brå's columns; follow-up status live beside them. */
export function MeasureTable({
  caption,
  planId,
  rows,
  progress,
  editable,
  mayFollowUp,
  total,
  planEnd,
  moveAction,
}: {
  caption: string;
  planId: string;
  rows: MeasureRow[];
  progress: Record<string, ActivityProgress>;
  editable: boolean;
  mayFollowUp: boolean;
  /** How many measures the whole plan has: rows move among all of them (their numbers). */
  total: number;
  /** The plan's last day: a measure without a date of its own is late after it, as on the overview. */
  planEnd: Date;
  /** The activity move action (one for promises' and plans' rows); given when editable. */
  moveAction?: (formData: FormData) => Promise<ActionResult<unknown>>;
}) {
  const locale = usePageLocale();
  const m = messages(locale);
  const c = m.cycle.measures.columns;
  const today = new Date();
  return (
    <ScrollableTable label={caption}>
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="p-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className="p-2">{c.cause}</th>
            <th scope="col" className="p-2">{c.title}</th>
            <th scope="col" className="p-2">{c.operationalGoal}</th>
            <th scope="col" className="p-2">{c.timing}</th>
            <th scope="col" className="p-2">{c.responsible}</th>
            <th scope="col" className="p-2">{c.followUp}</th>
            <th scope="col" className="p-2">{c.rating}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const standing = r.indicator ? indicatorStanding(r.indicator, r.indicatorTarget) : null;
            const label = format(locale, m.cycle.measures.number, { number: r.number });
            return (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="p-2 whitespace-pre-line">{r.cause || "–"}</td>
                <th scope="row" className="p-2 text-left font-normal">
                  <span className="block font-semibold">{r.number}. {r.title}</span>
                  {r.effortKind && <span className="block text-muted">{m.cycle.measures.effortKind[r.effortKind]}</span>}
                </th>
                <td className="p-2">
                  {r.operationalGoal && <span className="block whitespace-pre-line">{r.operationalGoal}</span>}
                  {standing && r.indicator && (
                    <span className="block text-muted">
                      {r.indicator.name}:{" "}
                      {format(locale, m.cycle.measures.indicatorStanding, {
                        baseline: formatFigure(standing.baseline, locale),
                        latest: formatFigure(standing.latest, locale),
                        target: standing.target === null ? "–" : formatFigure(standing.target, locale),
                        unit: r.indicator.unit,
                      })}
                    </span>
                  )}
                  <ProgressCell progress={progress[r.id]} />
                </td>
                <td className="p-2">
                  {r.timing && <span className="block whitespace-pre-line">{r.timing}</span>}
                  {r.dueOn && <span className="block">{c.dueOn}: {formatDate(r.dueOn, locale)}</span>}
                </td>
                <td className="p-2">
                  {r.responsibleOrgs.length > 0 && <span className="block">{r.responsibleOrgs.map((o) => o.organisation.name).join(", ")}</span>}
                  {r.responsible && <span className="block whitespace-pre-line">{r.responsible}</span>}
                  {r.municipalityContribution && <span className="block"><span className="font-semibold">{c.municipalityContribution}:</span> {r.municipalityContribution}</span>}
                  {r.policeContribution && <span className="block"><span className="font-semibold">{c.policeContribution}:</span> {r.policeContribution}</span>}
                </td>
                <td className="p-2 whitespace-pre-line">{r.followUp || "–"}</td>
                <td className="p-2">
                  <span className="flex flex-wrap gap-1">
                    <RatingBadge rating={r.rating} />
                    {isLateRow({ ...r, actionPlan: { periodEnd: planEnd } }, today) && <Badge tone="danger">{m.cycle.measures.late}</Badge>}
                  </span>
                  <span className="mt-1 block text-muted">{m.activity.statusLabel[r.status]}</span>
                  <span className="mt-1 flex flex-col gap-1">
                    {mayFollowUp && (
                      <Link href={`/atgardsplaner/${planId}/atgarder/${r.id}/uppfoljning`} aria-label={`${m.cycle.measures.followUp}: ${label}`}>{m.cycle.measures.followUp}</Link>
                    )}
                    {editable && (
                      <>
                        <Link href={`/atgardsplaner/${planId}/atgarder/${r.id}`} aria-label={`${m.cycle.measures.edit}: ${label}`}>{m.cycle.measures.edit}</Link>
                        <Link href={`/atgardsplaner/${planId}/atgarder/${r.id}/ta-bort`} aria-label={`${m.cycle.measures.remove}: ${label}`} className="text-red-800">{m.cycle.measures.remove}</Link>
                      </>
                    )}
                  </span>
                  {editable && moveAction && (
                    <span className="mt-1 flex gap-1">
                      {r.number > 1 && <MoveButton id={r.id} direction="up" label={format(locale, m.cycle.measures.moveUp, { number: r.number })} action={moveAction} />}
                      {r.number < total && <MoveButton id={r.id} direction="down" label={format(locale, m.cycle.measures.moveDown, { number: r.number })} action={moveAction} />}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
