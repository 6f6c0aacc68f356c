import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { DataTable } from "@/components/ui/scrollable-table";
import { describePeriod } from "@/lib/activities/periods";
import { CURRENT_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import type { CurrentAgreementFigures } from "@/lib/dashboard/figures";
import type { WorkRow, followUpsDue, forumWork, myPlanRows, nationalOverview, nextMeetings } from "@/lib/dashboard/work";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { format, messages, type Locale } from "@/lib/i18n";
import { StateBars } from "./state-bars";

const DAY = 86_400_000;
const daysSince = (date: Date, today: Date) => Math.max(0, Math.floor((today.getTime() - date.getTime()) / DAY));

function WorkTable({ rows, caption, locale, withReport }: { rows: WorkRow[]; caption: string; locale: Locale; withReport?: boolean }) {
  const m = messages(locale);
  const d = m.dashboard;
  return (
    // Named apart from the section around it, which carries the same heading: two landmarks of one name.
    <DataTable label={format(locale, d.tableOf, { title: caption })}>
      <thead>
        <tr>
          <th scope="col">{d.row}</th>
          <th scope="col">{d.where}</th>
          <th scope="col">{d.due}</th>
          {withReport && <th scope="col"><span className="sr-only">{d.report}</span></th>}
        </tr>
      </thead>
      <tbody className="align-top">
        {rows.map((r, n) => (
          <tr key={n}>
            <td><PlainLink locale={locale} href={r.href}>{r.title}</PlainLink></td>
            <td>{`${r.owner.kind === "plan" ? d.plan : d.promise}: ${r.owner.title}`}</td>
            <td className="whitespace-nowrap">
              {`${r.due ? formatDate(r.due, locale) : d.noDue} `}{r.late && <Badge tone="danger">{d.states.late}</Badge>}
            </td>
            {withReport && (
              <td>
                <PlainLink locale={locale} href={r.reportHref} aria-label={format(locale, d.reportFor, { title: r.title })}>{d.report}</PlainLink>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The address of another page of one of the dashboard's paged lists, keeping the rest of the address. */
export type DashboardPageHref = (param: string, anchor: string) => (page: number) => string;

export function MyRowsSection({ data, locale, pageHref }: { data: Awaited<ReturnType<typeof myPlanRows>>; locale: Locale; pageHref: DashboardPageHref }) {
  const d = messages(locale).dashboard;
  return (
    <section aria-labelledby="my-rows" className="mt-8">
      <h2 id="my-rows" className="text-xl font-semibold">{d.myRows}</h2>
      <p className="mt-1 text-sm text-muted">{d.myRowsIntro}</p>
      {data.rows.length === 0 ? <p className="mt-2 text-muted">{d.noMyRows}</p> : <WorkTable rows={data.rows} caption={d.myRows} locale={locale} />}
      {data.pageCount > 1 && <Pagination page={data.page} pageCount={data.pageCount} total={data.total} locale={locale} label={d.myRows} href={pageHref("rader", "my-rows")} />}
    </section>
  );
}

export function FollowUpsDueSection({ data, locale, pageHref }: { data: Awaited<ReturnType<typeof followUpsDue>>; locale: Locale; pageHref: DashboardPageHref }) {
  const d = messages(locale).dashboard;
  const period = describePeriod(data.period.type, data.period.start, locale);
  return (
    <section aria-labelledby="follow-ups-due" className="mt-8">
      <h2 id="follow-ups-due" className="text-xl font-semibold">{d.followUpsDue}</h2>
      {data.rows.length === 0 ? (
        <p className="mt-2 text-muted">{format(locale, d.noFollowUpsDue, { period })}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">{format(locale, d.followUpsDueIntro, { period })}</p>
          <WorkTable rows={data.rows} caption={d.followUpsDue} locale={locale} withReport />
        </>
      )}
      {data.pageCount > 1 && <Pagination page={data.page} pageCount={data.pageCount} total={data.total} locale={locale} label={d.followUpsDue} href={pageHref("rapportera", "follow-ups-due")} />}
    </section>
  );
}

export function MeetingsSection({ meetings, locale }: { meetings: Awaited<ReturnType<typeof nextMeetings>>; locale: Locale }) {
  const d = messages(locale).dashboard;
  return (
    <section aria-labelledby="next-meetings" className="mt-8">
      <h2 id="next-meetings" className="text-xl font-semibold">{d.meetings}</h2>
      {meetings.length === 0 ? (
        <p className="mt-2 text-muted">{d.noMeetings}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {meetings.map((x, n) => (
            <li key={n}>
              <PlainLink locale={locale} href={`/forum/${x.forum.id}/moten/${x.id}`}>{x.forum.name}</PlainLink>{" "}
              <span className="text-muted">{`${formatDateTime(x.startsAt, locale)}${x.location ? ` · ${x.location}` : ""}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const reportHref = (agreementId: string) => `/avtal/${agreementId}/rapport`;

function LastFollowUp({ last, today, locale }: { last: Date | null; today: Date; locale: Locale }) {
  const d = messages(locale).dashboard;
  return <p className="mt-2">{last ? format(locale, d.lastFollowUpAge, { date: formatDate(last, locale), days: daysSince(last, today) }) : d.neverReported}</p>;
}

/** One municipality's latest agreement: by focus area and by plan or promise, and how old the latest follow-up is. */
function AgreementProgress({ item, today, locale, headingLevel }: { item: CurrentAgreementFigures; today: Date; locale: Locale; headingLevel: 2 | 3 }) {
  const d = messages(locale).dashboard;
  const { agreement, figures } = item;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const id = `progress-${agreement.municipality.slug}`;
  return (
    <section aria-labelledby={id} className="mt-6">
      <Heading id={id} className={headingLevel === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {`${agreement.municipality.name}: `}<PlainLink locale={locale} href={`/avtal/${agreement.id}`}>{agreement.title}</PlainLink>
      </Heading>
      {!CURRENT_AGREEMENT_STATUSES.includes(agreement.status) && <p className="mt-1 text-sm text-amber-900">{format(locale, d.notInForce, { end: formatDate(agreement.periodEnd, locale) })}</p>}
      <LastFollowUp last={figures.lastReportedAt} today={today} locale={locale} />
      <p className="mt-1"><PlainLink locale={locale} href={reportHref(agreement.id)}>{format(locale, d.openReport, { title: agreement.title })}</PlainLink></p>
      <StateBars
        caption={format(locale, d.byFocus, { title: agreement.municipality.name })}
        locale={locale}
        rows={figures.byFocus.map((f) => ({ label: f.title ?? d.noGoal, href: `${reportHref(agreement.id)}#fokus-${f.id ?? "utan-mal"}`, counts: f.counts }))}
      />
      <StateBars
        caption={format(locale, d.byOwner, { title: agreement.municipality.name })}
        locale={locale}
        rows={figures.byOwner.map((o) => ({ label: `${o.kind === "plan" ? d.plan : d.promise}: ${o.title}`, href: o.kind === "plan" ? `/atgardsplaner/${o.id}` : `/loften/${o.id}`, counts: o.counts }))}
      />
    </section>
  );
}

/**
 * Officials: their municipality's agreement. Police staff: every municipality of their area
 * side by side, and the one they choose in detail: twenty in detail at once made a page of a
 * megabyte.
 */
export function ProgressSection({ items, comparison, selected, today, locale }: { items: CurrentAgreementFigures[]; comparison: boolean; selected?: string; today: Date; locale: Locale }) {
  const d = messages(locale).dashboard;
  const detailed = comparison ? items.filter((i) => i.agreement.id === selected) : items;
  return (
    <section aria-labelledby="progress" className="mt-10">
      <h2 id="progress" className="text-2xl font-semibold">{d.progress}</h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">{d.progressIntro}</p>
      {items.length === 0 && <p className="mt-2 text-muted">{d.noAgreement}</p>}
      {comparison && items.length > 0 && (
        <section aria-labelledby="compare" className="mt-4">
          <h3 id="compare" className="text-lg font-semibold">{d.compare}</h3>
          {/* One table: the chart's figures per municipality, then how old its latest follow-up is and the link to it in detail. */}
          <StateBars
            caption={d.compareCaption}
            locale={locale}
            extraColumns={[d.lastFollowUp, d.detail]}
            rows={items.map((i) => ({
              label: i.agreement.municipality.name,
              href: reportHref(i.agreement.id),
              counts: i.figures.totals,
              extra: [
                i.figures.lastReportedAt ? `${formatDate(i.figures.lastReportedAt, locale)} (${format(locale, d.daysAgo, { days: daysSince(i.figures.lastReportedAt, today) })})` : d.never,
                <PlainLink key="detail" locale={locale} href={`/oversikt?visa=${i.agreement.id}#progress-detail`} aria-current={i.agreement.id === selected ? "true" : undefined}>
                  {format(locale, d.showDetail, { name: i.agreement.municipality.name })}
                </PlainLink>,
              ],
            }))}
          />
        </section>
      )}
      <div id="progress-detail">
        {detailed.map((item) => (<AgreementProgress key={item.agreement.id} item={item} today={today} locale={locale} headingLevel={3} />))}
      </div>
    </section>
  );
}

export function ForumWorkSection({ data, today, locale }: { data: Awaited<ReturnType<typeof forumWork>>; today: Date; locale: Locale }) {
  const m = messages(locale);
  const d = m.dashboard;
  return (
    <>
      <section aria-labelledby="forum-items" className="mt-8">
        <h2 id="forum-items" className="text-xl font-semibold">{d.forumItems}</h2>
        {data.total === 0 ? (
          <p className="mt-2 text-muted">{d.noForumItems}</p>
        ) : (
          <>
            <p className="mt-1">{format(locale, d.forumItemsSummary, { total: data.total, late: data.late })}</p>
            <ul className="record-list mt-2 space-y-1">
              {data.items.map((i, n) => (
                <li key={n}>
                  <PlainLink locale={locale} href={`/forum/${i.forum.id}#items`}>{i.title}</PlainLink>
                  <span className="meta">{`${i.forum.name} · ${formatDate(i.dueOn, locale)}`}</span>
                  {i.dueOn < new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) && <Badge tone="danger">{m.overview.late}</Badge>}
                </li>
              ))}
            </ul>
            {data.total > data.items.length && <p className="mt-2 text-sm">{format(locale, d.showing, { shown: data.items.length, total: data.total })}</p>}
          </>
        )}
      </section>
      <section aria-labelledby="forum-pictures" className="mt-8">
        <h2 id="forum-pictures" className="text-xl font-semibold">{d.pictures}</h2>
        {data.pictures.length === 0 ? (
          <p className="mt-2 text-muted">{d.noPictures}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {data.pictures.map((p, n) => (
              <li key={n}>
                <PlainLink locale={locale} href={`/forum/${p.forumId}#lagesbild`}>{format(locale, d.pictureOf, { forum: p.forumName, date: formatDate(p.weekOf, locale) })}</PlainLink>{" "}
                <span className="text-sm text-muted">({format(locale, d.entries, { count: p.entries })})</span>
                {p.summary && <p className="text-sm">{p.summary.length > 240 ? `${p.summary.slice(0, 240)}…` : p.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const stateTone = { OK: "success", DUE_SOON: "warning", OVERDUE: "danger", MISSING: "danger" } as const;

export function NationalSection({ data, today, locale, pageHref }: { data: Awaited<ReturnType<typeof nationalOverview>>; today: Date; locale: Locale; pageHref: DashboardPageHref }) {
  const d = messages(locale).dashboard;
  const caption = format(locale, d.nationalCaption, { page: data.page });
  const verdict = (row: (typeof data.rows)[number], key: "analysis" | "actionPlan") => row.cycle.find((c) => c.key === key)!.state;
  return (
    <section aria-labelledby="national" className="mt-10">
      <h2 id="national" className="text-2xl font-semibold">{d.national}</h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">{d.nationalIntro}</p>
      <div className="mt-3">
        <DataTable label={caption}>
            <thead>
              <tr>
                <th scope="col">{d.municipality}</th>
                <th scope="col">{d.analysis}</th>
                <th scope="col">{d.actionPlan}</th>
                <th scope="col">{d.lastFollowUp}</th>
                <th scope="col" className="num">{d.promises}</th>
                <th scope="col" className="num">{d.planRows}</th>
                <th scope="col" className="num">{d.lateRows}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r, n) => {
                const cycle = `/arbetsgang/${r.slug}`;
                const a = verdict(r, "analysis");
                const p = verdict(r, "actionPlan");
                return (
                  <tr key={n}>
                    <th scope="row" className="font-normal"><PlainLink locale={locale} href={cycle}>{r.name}</PlainLink></th>
                    <td>{`${r.analysisAsOf ? formatDate(r.analysisAsOf, locale) : "–"} `}<Badge tone={stateTone[a]}>{d.cycleState[a]}</Badge></td>
                    <td>{`${r.planAdoptedAt ? formatDate(r.planAdoptedAt, locale) : "–"} `}<Badge tone={stateTone[p]}>{d.cycleState[p]}</Badge></td>
                    <td>{r.lastFollowUpAt ? `${formatDate(r.lastFollowUpAt, locale)} (${format(locale, d.daysAgo, { days: daysSince(r.lastFollowUpAt, today) })})` : d.never}</td>
                    <td className="num"><PlainLink locale={locale} href={`/loften?kommun=${r.id}&status=PUBLISHED`} aria-label={`${r.name}: ${d.promises} ${r.publishedPromises}`}>{r.publishedPromises}</PlainLink></td>
                    <td className="num"><PlainLink locale={locale} href={cycle} aria-label={`${r.name}: ${d.planRows} ${r.planRows}`}>{r.planRows}</PlainLink></td>
                    <td className="num"><PlainLink locale={locale} href={cycle} aria-label={`${r.name}: ${d.lateRows} ${r.lateRows}`}>{r.lateRows}</PlainLink></td>
                  </tr>
                );
              })}
            </tbody>
        </DataTable>
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} total={data.total} locale={locale} label={d.national} href={pageHref("sida", "national")} />
    </section>
  );
}
