import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { PersonalDataConfirmation, TextAreaField, TextField } from "@/components/forms/fields";
import { ActionItemFields, actionItemLabels } from "@/components/forums/action-item-fields";
import { ActionItemList } from "@/components/forums/action-item-list";
import { ForumMembers } from "@/components/forums/forum-members";
import { ForumSettingsForm } from "@/components/forums/forum-settings-form";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { agreementChoices, findForumForActor, forumItemsPage, forumResource, parentForumChoices, responsibleOptions } from "@/lib/forums/queries";
import { canEscalate } from "@/lib/forums/rules";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { createMeetingAction, createWorkingGroupAction, recordPictureAction, updateForumAction } from "../actions";

// Metadata and page read the same record: once per request.
const load = cache(findForumForActor);
/** The forum's items, the closed ones a page at a time (?sida=), read once a request: the title names the page shown. */
const readItems = oncePerRequest(async ({ forumId, sida }: { forumId: string; sida?: string }) => forumItemsPage(await requireActor(), forumId, pageNumber(sida)));

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; sida?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  const forum = await load(actor, (await params).id);
  if (!forum) return { title: messages(locale).errors.notFoundTitle };
  const { closed } = await readItems({ forumId: forum.id, sida: (await searchParams).sida });
  return { title: pagedTitle(locale, forum.name, closed.page) };
}

const ENTRY_ROWS = 3;

export default async function ForumPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const forum = await load(actor, (await params).id);
  if (!forum) notFound();
  const m = messages(locale);
  const resource = forumResource(forum);
  const mayWrite = authorize(actor, "meeting.write", resource);
  const mayManage = authorize(actor, "forum.manage", resource);
  const mayCreateGroup = authorize(actor, "workingGroup.create", resource) && forum.kind === "FORUM";
  // Every open item, and the closed ones a page at a time (?sida=).
  const [{ items, closed }, options] = await Promise.all([readItems({ forumId: forum.id, sida: (await searchParams).sida }), responsibleOptions(actor, forum)]);
  const escalateTo = forum.parent && canEscalate(forum, forum.parent) ? forum.parent : null;
  const pf = m.forums.fields;

  return (
    <article className="space-y-10">
      <header>
        <Notice code={(await searchParams).notice} />
        <p className="text-sm"><Link href="/forum">{m.forums.title}</Link></p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{forum.name}</h1>
        <p className="mt-1 text-muted">{forum.kind === "WORKING_GROUP" ? m.forums.workingGroup : m.forums.level[forum.level]}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {forum.purpose && (<><dt className="font-semibold">{m.forums.purpose}</dt><dd>{forum.purpose}</dd></>)}
          {forum.chair && (<><dt className="font-semibold">{m.forums.chair}</dt><dd>{forum.chair.name}</dd></>)}
          {forum.cadence && (<><dt className="font-semibold">{m.forums.cadence}</dt><dd>{forum.cadence}</dd></>)}
          {forum.agreement && (forum.agreement.readable || forum.agreement.public) && (
            <><dt className="font-semibold">{m.forums.agreement}</dt><dd>{forum.agreement.readable ? <Link href={`/avtal/${forum.agreement.id}`}>{forum.agreement.title}</Link> : forum.agreement.title}</dd></>
          )}
          {(forum.parent || forum.reportsToText) && (
            <>
              <dt className="font-semibold">{forum.kind === "WORKING_GROUP" ? m.forums.setUpBy : m.forums.reportsTo}</dt>
              {/* A link only for members of the forum reported to: anyone else would land on a 404. */}
              <dd>{!forum.parent ? forum.reportsToText : forum.parent.readable ? <Link href={`/forum/${forum.parent.id}`}>{forum.parent.name}</Link> : forum.parent.name}</dd>
            </>
          )}
          {forum.endsOn && (<><dt className="font-semibold">{m.forums.period}</dt><dd>{forum.startsOn ? formatDate(forum.startsOn, locale) : ""}–{formatDate(forum.endsOn, locale)}</dd></>)}
        </dl>
        <p className="mt-3 text-sm"><Link href={`/forum/${forum.id}/historik`}>{m.agreements.history}</Link></p>
        {forum.actionPlan && (
          <section className="mt-4">
            <h2 className="text-xl font-semibold">{m.forums.actionPlan}</h2>
            <p className="mt-1 whitespace-pre-line">{forum.actionPlan}</p>
          </section>
        )}
      </header>

      <ForumMembers forum={forum} mayManage={mayManage} />

      {forum.children.length > 0 && (
        <section aria-labelledby="groups">
          <h2 id="groups" className="text-2xl font-semibold">{m.forums.workingGroups}</h2>
          <ul className="mt-2 list-disc pl-6">
            {forum.children.map((g) => (
              <li key={g.id}>{g.name}{g.endsOn && <span className="text-muted"> ({g.startsOn ? formatDate(g.startsOn, locale) : ""}–{formatDate(g.endsOn, locale)})</span>}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="meetings">
        <h2 id="meetings" className="text-2xl font-semibold">{m.forums.meetings}</h2>
        {forum.meetings.length === 0 ? (
          <p className="mt-2 text-muted">{m.forums.noMeetings}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {forum.meetings.map((mt) => (
              <li key={mt.id}>
                <Link href={`/forum/${forum.id}/moten/${mt.id}`}>{format(locale, m.meetings.title, { date: formatDateTime(mt.startsAt, locale) })}</Link>
                <span className="text-sm text-muted"> · {m.meetings.status[mt.status]}{mt.location ? ` · ${mt.location}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
        {mayWrite && (
          <div className="mt-6 rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{m.forums.schedule}</h3>
            <ActionForm action={createMeetingAction} id="schedule-meeting" labels={{ startsAt: m.meetings.fields.startsAt, location: m.meetings.fields.location, agenda: m.meetings.fields.agenda, ...actionItemLabels(locale) }} className="space-y-4">
              <input type="hidden" name="forumId" value={forum.id} />
              <div className="grid gap-4 md:grid-cols-2">
                <TextField name="startsAt" type="datetime-local" label={m.meetings.fields.startsAt} />
                <TextField name="location" label={m.meetings.fields.location} optional />
              </div>
              <TextAreaField name="agenda" label={m.meetings.fields.agenda} rows={4} />
              <ActionItemFields options={options} />
              <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
              <SubmitButton>{m.forums.schedule}</SubmitButton>
            </ActionForm>
          </div>
        )}
      </section>

      <section aria-labelledby="items">
        <h2 id="items" className="mb-3 text-2xl font-semibold">{m.forums.openItems}</h2>
        <ActionItemList items={items} actor={actor} escalateTo={escalateTo} />
        {closed.pageCount > 1 && <Pagination {...closed} locale={locale} href={(page) => `${pageHref(`/forum/${forum.id}`, {}, page)}#items`} />}
      </section>

      <section aria-labelledby="lagesbild-heading" id="lagesbild">
        <h2 id="lagesbild-heading" className="text-2xl font-semibold">{m.forums.pictures}</h2>
        <p className="mt-1 text-sm text-muted">{m.forums.picturesIntro}</p>
        {forum.situationalPictures.length === 0 ? (
          <p className="mt-2 text-muted">{m.forums.noPictures}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {forum.situationalPictures.map((p) => (
              <li key={p.id} className="rounded-lg border border-slate-200 p-3">
                <h3 className="font-semibold">{format(locale, m.forums.weekOf, { date: formatDate(p.weekOf, locale) })}</h3>
                {p.summary && <p className="mt-1 whitespace-pre-line">{p.summary}</p>}
                {p.entries.length > 0 && (
                  <ul className="mt-2 list-disc pl-6 text-sm">
                    {p.entries.map((e) => (<li key={e.id}><span className="font-medium">{e.theme}{e.place ? `, ${e.place}` : ""}:</span> {e.summary}</li>))}
                  </ul>
                )}
                {p.callsFor && <p className="mt-2 text-sm"><span className="font-medium">{pf.callsFor}:</span> {p.callsFor}</p>}
              </li>
            ))}
          </ul>
        )}
        {mayWrite && (
          <div className="mt-6 rounded-lg border border-slate-300 p-4">
            <h3 className="mb-3 text-lg font-semibold">{m.forums.recordPicture}</h3>
            <ActionForm action={recordPictureAction} id="record-picture" labels={{ weekOf: pf.weekOf, summary: pf.summary, callsFor: pf.callsFor }} className="space-y-4">
              <input type="hidden" name="forumId" value={forum.id} />
              <TextField name="weekOf" type="date" label={pf.weekOf} />
              <TextAreaField name="summary" label={pf.summary} rows={3} />
              {Array.from({ length: ENTRY_ROWS }, (_, i) => (
                <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-3">
                  <legend className="px-1 text-sm font-semibold">{format(locale, pf.entry, { n: i + 1 })}</legend>
                  <TextField name={`entries.${i}.theme`} label={pf.theme} />
                  <TextField name={`entries.${i}.place`} label={pf.place} optional />
                  <TextField name={`entries.${i}.summary`} label={pf.entrySummary} />
                </fieldset>
              ))}
              <TextAreaField name="callsFor" label={pf.callsFor} rows={2} />
              <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
              <SubmitButton>{m.forums.recordPicture}</SubmitButton>
            </ActionForm>
          </div>
        )}
      </section>

      {mayManage && (
        <section aria-labelledby="edit-forum" className="rounded-lg border border-slate-300 p-4">
          <h2 id="edit-forum" className="mb-3 text-xl font-semibold">{m.forums.editForum}</h2>
          <ForumSettingsForm
            action={updateForumAction}
            formId="edit-forum-form"
            submitLabel={m.forms.save}
            parents={await parentForumChoices(actor, forum.municipalityId, forum.id)}
            agreements={await agreementChoices(actor, forum.municipalityId, forum.agreementId)}
            values={forum}
          />
        </section>
      )}

      {mayCreateGroup && (
        <section aria-labelledby="new-group" className="rounded-lg border border-slate-300 p-4">
          <h2 id="new-group" className="mb-3 text-xl font-semibold">{m.forums.newWorkingGroup}</h2>
          <ActionForm action={createWorkingGroupAction} id="new-working-group" labels={{ name: pf.name, purpose: pf.purpose, startsOn: pf.startsOn, endsOn: pf.endsOn, actionPlan: pf.actionPlan }} className="space-y-4">
            <input type="hidden" name="parentId" value={forum.id} />
            <TextField name="name" label={pf.name} />
            <TextAreaField name="purpose" label={pf.purpose} rows={2} />
            <div className="grid gap-4 md:grid-cols-2">
              <TextField name="startsOn" type="date" label={pf.startsOn} />
              <TextField name="endsOn" type="date" label={pf.endsOn} />
            </div>
            <TextAreaField name="actionPlan" label={pf.actionPlan} rows={4} />
            <SubmitButton variant="secondary">{m.forums.newWorkingGroup}</SubmitButton>
          </ActionForm>
        </section>
      )}
    </article>
  );
}
