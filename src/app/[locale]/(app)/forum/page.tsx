import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDate } from "@/lib/format/dates";
import { ForumSettingsForm } from "@/components/forums/forum-settings-form";
import { ListFilterForm } from "@/components/ui/list-filter";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { chairedForumChoices, listForumsForActor, parentForumChoices } from "@/lib/forums/queries";
import { filterParams } from "@/lib/pagination/filter";
import { filteredListOfAddress } from "@/lib/pagination/filtered-list";
import { pagedTitle } from "@/lib/pagination/page";
import { ForumLevel } from "@/generated/prisma/enums";
import { createForumAction } from "./actions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";


/** Every level, in the schema's order (the list's sections and the level filter). */
const LEVELS = Object.values(ForumLevel);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of forums the address asks for, with its filter, read once a request (the title names the page shown). */
const readForums = filteredListOfAddress(LEVELS, listForumsForActor);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { list } = await readForums(await searchParams);
  return { title: pagedTitle(locale, messages(locale).forums.title, list.page) };
}

export default async function ForumsPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const params = await searchParams;
  const isAdmin = actor.role === "ADMIN";
  const [{ municipality, list }, chaired] = await Promise.all([readForums(params), isAdmin ? [] : chairedForumChoices(actor)]);
  const { filter } = municipality;
  // The form's choosers hold one municipality's records: administrators create forums in the
  // municipality chosen in the filter (under any of its forums); chairs under a forum they chair.
  const municipalities = isAdmin
    ? municipality.formChoices
    : [...new Map(chaired.map((f) => [f.municipalityId, { id: f.municipalityId, name: f.municipality.name }])).values()];
  const parents = isAdmin ? (municipalities.length === 1 ? await parentForumChoices(actor, municipalities[0]!.id) : []) : chaired;
  const mayCreate = isAdmin || parents.length > 0;
  return (
    <>
      <Notice code={typeof params.notice === "string" ? params.notice : undefined} />
      <h1 className="text-3xl font-bold text-brand-900">{m.forums.title}</h1>
      <p className="mt-2 text-muted">{m.forums.intro}</p>
      <ListFilterForm
        action="/forum"
        filter={filter}
        municipality={municipality}
        statuses={LEVELS}
        statusLabel={(s) => m.forums.level[s as ForumLevel]}
        statusText={{ label: m.listFilter.level, all: m.listFilter.allLevels }}
        year={false}
        locale={locale}
      />
      {list.rows.length === 0 && <p className="mt-6">{Object.keys(filter).length > 0 ? m.listFilter.none : m.forums.none}</p>}
      {LEVELS.map((level) => {
        const atLevel = list.rows.filter((f) => f.level === level);
        if (atLevel.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="mt-8">
            <h2 id={`level-${level}`} className="text-2xl font-semibold">{m.forums.level[level]}</h2>
            <ul className="record-cards mt-3 space-y-3">
              {atLevel.map((f) => (
                <li key={f.id}>
                  <h3>
                    <PlainLink locale={locale} href={`/forum/${f.id}`}>{f.name}</PlainLink>
                    {f.kind === "WORKING_GROUP" && <span className="ml-2 text-sm font-normal text-muted">({m.forums.workingGroup})</span>}
                  </h3>
                  {f.purpose && <p className="mt-1 text-sm">{f.purpose}</p>}
                  <dl className="mt-2 grid gap-x-4 text-sm text-muted sm:grid-cols-[max-content_1fr]">
                    {f.chair && (<><dt>{m.forums.chair}</dt><dd>{f.chair.name}</dd></>)}
                    {f.cadence && (<><dt>{m.forums.cadence}</dt><dd>{f.cadence}</dd></>)}
                    {(f.parent || f.reportsToText) && (<><dt>{f.kind === "WORKING_GROUP" ? m.forums.setUpBy : m.forums.reportsTo}</dt><dd>{f.parent?.name ?? f.reportsToText}</dd></>)}
                    {f.endsOn && (<><dt>{m.forums.period}</dt><dd>{f.startsOn ? formatDate(f.startsOn, locale) : ""}–{formatDate(f.endsOn, locale)}</dd></>)}
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/forum", filterParams(filter), page)} />
      {mayCreate && (
        <section aria-labelledby="new-forum" className="mt-10 rounded-lg border border-slate-300 p-4">
          <h2 id="new-forum" className="mb-3 text-xl font-semibold">{m.forums.newForum}</h2>
          {municipalities.length > 0 ? (
            <ForumSettingsForm action={createForumAction} formId="new-forum-form" submitLabel={m.forums.newForum} municipalities={municipalities} parents={parents.map(({ id, name }) => ({ id, name }))} />
          ) : (
            <p className="text-muted">{m.listFilter.chooseMunicipality}</p>
          )}
        </section>
      )}
    </>
  );
}
