import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { RatingBadge } from "@/components/cycle/measure-table";
import { ScrollableTable } from "@/components/ui/scrollable-table";
import { formatFigure } from "@/lib/analyses/indicators";
import { formatDate, formatPeriod } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { findPublicActionPlan } from "@/lib/public/action-plans";

// Served from Next's cache like the other public pages; publishing expires it (revalidatePublic).
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; municipality: string; plan: string }> };

async function load(params: Props["params"]) {
  const { municipality, plan } = await params;
  return findPublicActionPlan(municipality, plan);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  const found = await load(params);
  return { title: found ? found.content.title : messages(locale).errors.notFoundTitle };
}

/** The adopted action plan as both parties approved it, published by the municipality's choice. */
export default async function PublicActionPlanPage({ params }: Props) {
  const locale = await localeOfPage(params);
  const found = await load(params);
  if (!found) notFound();
  const m = messages(locale);
  const c = m.cycle.measures.columns;
  const plan = found.content;
  return (
    <article>
      <p className="text-sm">
        <Link href={`/${found.municipality.slug}`}>{found.municipality.name}</Link>
        {found.agreement.public && (
          <>
            {" · "}
            <Link href={`/${found.municipality.slug}/samverkansavtal/${found.agreement.id}`}>{m.cycle.items.agreement}</Link>
          </>
        )}
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{plan.title}</h1>
      <p className="mt-2">{formatPeriod(plan.periodStart, plan.periodEnd, locale)}</p>
      <p className="mt-1 text-muted">{format(locale, m.cycle.public.adopted, { date: formatDate(found.adoptedAt, locale) })}</p>
      <div className="mt-6">
        <ScrollableTable label={m.cycle.measures.title}>
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="p-2 text-left text-lg font-semibold">{m.cycle.measures.title}</caption>
            <thead>
              <tr className="border-b border-slate-300 align-bottom">
                <th scope="col" className="p-2">{c.goal}</th>
                <th scope="col" className="p-2">{c.cause}</th>
                <th scope="col" className="p-2">{c.title}</th>
                <th scope="col" className="p-2">{c.operationalGoal}</th>
                <th scope="col" className="p-2">{c.timing}</th>
                <th scope="col" className="p-2">{c.responsible}</th>
                <th scope="col" className="p-2">{c.rating}</th>
              </tr>
            </thead>
            <tbody>
              {plan.measures.map((x, i) => (
                <tr key={x.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{x.goal?.title ?? "–"}</td>
                  <td className="p-2 whitespace-pre-line">{x.cause ?? "–"}</td>
                  <th scope="row" className="p-2 text-left font-semibold">{i + 1}. {x.title}</th>
                  <td className="p-2">
                    {x.operationalGoal && <span className="block whitespace-pre-line">{x.operationalGoal}</span>}
                    {x.indicator && (
                      <span className="block text-muted">
                        {x.indicator.name}: {formatFigure(x.indicator.baselineValue, locale)} {x.indicator.unit}
                        {x.indicatorTarget !== null ? ` → ${formatFigure(x.indicatorTarget, locale)}` : ""}
                      </span>
                    )}
                  </td>
                  <td className="p-2 whitespace-pre-line">{[x.timing, x.dueOn ? formatDate(x.dueOn, locale) : ""].filter(Boolean).join("\n") || "–"}</td>
                  <td className="p-2">{x.responsibleOrgs.join(", ") || x.responsible || "–"}</td>
                  <td className="p-2"><RatingBadge rating={found.ratings[x.id] ?? null} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      </div>
    </article>
  );
}
