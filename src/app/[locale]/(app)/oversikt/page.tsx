import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { spansMunicipalities } from "@/lib/auth/scope";
import { formatDate } from "@/lib/format/dates";
import { isOverdue } from "@/lib/forums/rules";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { MeasuresNeedingAttention } from "@/components/cycle/attention-section";
import { RecentChangesSection } from "@/components/dashboard/recent-changes";
import { FollowUpsDueSection, ForumWorkSection, MeetingsSection, MyRowsSection, NationalSection, ProgressSection } from "@/components/dashboard/sections";
import { overviewData } from "@/lib/dashboard/overview";
import { pageNumber } from "@/lib/pagination/page";

/** Where each kind of record waiting for approval is approved. */
const WAITING_PATHS = { Agreement: "/avtal", CitizenPromise: "/loften", ActionPlan: "/atgardsplaner" } as const;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).overview.title };
}

/**
 * Each signed-in user's one screen: what is theirs to do (action items, plan rows, follow-ups
 * due, approvals, meetings), then by role: officials their municipality's agreement, plan and
 * promises; police staff every municipality of their area side by side; forum members their
 * forums' open items and situational pictures; administrators the national view.
 */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const today = new Date();
  const query = await searchParams;
  const { jointWork, municipalities, forums, items, waiting, planRows, due, meetings, progress, changes, forumData, national, attention } = await overviewData(
    actor,
    { national: pageNumber(query.sida), items: pageNumber(query.atgarder), rows: pageNumber(query.rader), due: pageNumber(query.rapportera), waiting: pageNumber(query.vantar), attention: pageNumber(query.atgardas) },
    today,
  );
  // Another page of one paged list keeps the others' pages, the chosen municipality and the national page.
  const pageHref = (param: string, anchor: string) => (n: number) => {
    const kept = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (typeof value === "string" && key !== param) kept.set(key, value);
    if (n > 1) kept.set(param, String(n));
    return `/oversikt${kept.size ? `?${kept}` : ""}#${anchor}`;
  };
  const showMunicipality = spansMunicipalities(actor);
  const rows: [string, string][] = [
    [m.overview.name, actor.name],
    [m.overview.jobTitle, actor.title ?? "–"],
    [m.overview.organisation, actor.organisation.name],
    [m.overview.role, m.role[actor.role]],
    [m.overview.municipalities, municipalities.map((x) => x.name).join(", ") || "–"],
  ];
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, m.overview.welcome, { name: actor.name })}</h1>
      <section aria-labelledby="my-items" className="mt-8">
        <h2 id="my-items" className="text-xl font-semibold">{m.overview.myItems}</h2>
        {items.rows.length === 0 ? (
          <p className="mt-2 text-muted">{m.overview.noMyItems}</p>
        ) : (
          <ul className="record-list mt-2 space-y-1">
            {items.rows.map((i, n) => (
              <li key={n}>
                <PlainLink locale={locale} href={`/forum/${i.forum.id}`}>{i.title}</PlainLink>
                <span className="meta">{`${i.forum.name} · ${formatDate(i.dueOn, locale)}`}</span>
                {isOverdue(i, today) && <Badge tone="danger">{m.overview.late}</Badge>}
              </li>
            ))}
          </ul>
        )}
        {items.pageCount > 1 && <Pagination page={items.page} pageCount={items.pageCount} total={items.total} locale={locale} label={m.overview.myItems} href={pageHref("atgarder", "my-items")} />}
      </section>
      <MyRowsSection data={planRows} locale={locale} pageHref={pageHref} />
      <MeasuresNeedingAttention data={attention} showMunicipality={showMunicipality} pageHref={pageHref} />
      {/* A forum member's organisation may be responsible for rows without the member being one who reports them. */}
      {(hasPermission(actor.role, "promise.followUp") || hasPermission(actor.role, "actionPlan.followUp")) && <FollowUpsDueSection data={due} locale={locale} pageHref={pageHref} />}
      <section aria-labelledby="waiting" className="mt-8">
        <h2 id="waiting" className="text-xl font-semibold">{m.overview.waiting}</h2>
        {waiting.rows.length === 0 ? (
          <p className="mt-2 text-muted">{m.overview.noWaiting}</p>
        ) : (
          <ul className="record-list mt-2 space-y-1">
            {waiting.rows.map((x, n) => (
              <li key={n}>
                <span className="font-semibold">{`${m.admin.audit.entityTypes[x.kind]}: `}</span>
                <PlainLink locale={locale} href={`${WAITING_PATHS[x.kind]}/${x.id}`}>{x.title}</PlainLink>
                {/* Records of different municipalities often share a title: say whose, to those who see several. */}
                {showMunicipality && <span className="meta">{x.municipality}</span>}
              </li>
            ))}
          </ul>
        )}
        {waiting.pageCount > 1 && <Pagination page={waiting.page} pageCount={waiting.pageCount} total={waiting.total} locale={locale} label={m.overview.waiting} href={pageHref("vantar", "waiting")} />}
      </section>
      <MeetingsSection meetings={meetings} locale={locale} />
      {forumData && <ForumWorkSection data={forumData} today={today} locale={locale} />}
      {jointWork && <ProgressSection items={progress} comparison={actor.organisation.kind === "POLICE_AREA"} selected={typeof query.visa === "string" ? query.visa : undefined} today={today} locale={locale} />}
      {jointWork && <RecentChangesSection rows={changes} showMunicipality={showMunicipality} locale={locale} />}
      {national && <NationalSection data={national} today={today} locale={locale} pageHref={pageHref} />}
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
        {forums.rows.length === 0 ? (
          <p className="mt-2 text-muted">{m.overview.noForums}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {forums.rows.map((f, n) => (
              <li key={n}>
                <PlainLink locale={locale} href={`/forum/${f.id}`}>{f.name}</PlainLink> <span className="text-muted">{`(${f.cadence})`}</span>
              </li>
            ))}
          </ul>
        )}
        {forums.total > forums.rows.length && (
          <p className="mt-2">
            <Link href="/forum">{format(locale, m.pagination.total, { count: forums.total })}</Link>
          </p>
        )}
      </section>
    </>
  );
}
