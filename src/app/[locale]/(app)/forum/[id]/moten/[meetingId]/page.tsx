import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { FormattedText } from "@/components/documents/formatted-text";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, PersonalDataConfirmation, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { ActionItemFields, actionItemLabels } from "@/components/forums/action-item-fields";
import { ActionItemList } from "@/components/forums/action-item-list";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDateTime, toSwedishLocalInput } from "@/lib/format/dates";
import { findMeetingForActor, forumResource, responsibleOptions } from "@/lib/forums/queries";
import { canEscalate } from "@/lib/forums/rules";
import { format, messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { recordMeetingAction } from "../../../actions";

// Metadata and page read the same record: once per request.
const load = cache(findMeetingForActor);

type Props = { params: Promise<{ id: string; meetingId: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, meetingId } = await params;
  const found = await load(actor, id, meetingId);
  return { title: found ? `${found.forum.name}: ${format(locale, messages(locale).meetings.title, { date: formatDateTime(found.meeting.startsAt, locale) })}` : messages(locale).errors.notFoundTitle };
}

const EXTRA = 2;
const NEW_ITEMS = 2;

export default async function MeetingPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const { id, meetingId } = await params;
  const found = await load(actor, id, meetingId);
  if (!found) notFound();
  const { forum, meeting, followUps } = found;
  const m = messages(locale);
  const mt = m.meetings;
  const mayWrite = authorize(actor, "meeting.write", forumResource(forum));
  const options = await responsibleOptions(actor, forum);
  const escalateTo = forum.parent && canEscalate(forum, forum.parent) ? forum.parent : null;
  const present = new Set(meeting.attendances.filter((a) => a.present).map((a) => a.userId));
  const guests = [...meeting.guests, ...Array.from({ length: EXTRA }, () => ({ id: "", organisationName: "", count: "" as unknown as number }))];
  const decisions = [...meeting.decisions, ...Array.from({ length: EXTRA }, () => ({ id: "", text: "" }))];
  const title = format(locale, mt.title, { date: formatDateTime(meeting.startsAt, locale) });
  // Labels of the repeated rows, so the error summary names the row as the form does.
  const rowLabels = Object.fromEntries([
    ...guests.flatMap((_, i) => [
      [`guests.${i}.organisationName`, `${format(locale, mt.guest, { n: i + 1 })}, ${mt.guestOrganisation}`],
      [`guests.${i}.count`, `${format(locale, mt.guest, { n: i + 1 })}, ${mt.guestCount}`],
    ]),
    ...decisions.map((_, i) => [`decisions.${i}.text`, format(locale, mt.decision, { n: i + 1 })]),
  ]);

  return (
    <article className="space-y-8">
      <header>
        <Notice code={(await searchParams).notice} />
        <p className="text-sm"><Link href={`/forum/${forum.id}`}>{mt.backToForum}</Link></p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">{forum.name}: {title}</h1>
        <p className="mt-1 text-muted">{mt.status[meeting.status]}{meeting.location ? ` · ${meeting.location}` : ""}</p>
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
          <a href={localePath(locale, `/forum/${forum.id}/moten/${meeting.id}/pdf`)} download>{mt.pdf}</a>
          <Link href={`/forum/${forum.id}/moten/${meeting.id}/historik`}>{m.agreements.history}</Link>
        </p>
      </header>

      <section aria-labelledby="agenda">
        <h2 id="agenda" className="text-2xl font-semibold">{mt.agenda}</h2>
        <p className="mt-2 whitespace-pre-line">{meeting.agenda || "–"}</p>
        <h3 className="mb-2 mt-4 text-xl font-semibold">{mt.followUps}</h3>
        {followUps.length === 0 ? <p className="text-muted">{mt.noFollowUps}</p> : <ActionItemList items={followUps} actor={actor} escalateTo={escalateTo} headingLevel={4} />}
      </section>

      {meeting.minutes && (
        <section aria-labelledby="minutes">
          <h2 id="minutes" className="text-2xl font-semibold">{mt.minutes}</h2>
          <div className="mt-2">
            <FormattedText text={meeting.minutes} />
          </div>
        </section>
      )}
      {meeting.decisions.length > 0 && (
        <section aria-labelledby="decisions">
          <h2 id="decisions" className="text-2xl font-semibold">{mt.decisions}</h2>
          <ol className="mt-2 list-decimal pl-6">{meeting.decisions.map((d) => <li key={d.id}>{d.text}</li>)}</ol>
        </section>
      )}

      <section aria-labelledby="meeting-items">
        <h2 id="meeting-items" className="mb-3 text-2xl font-semibold">{mt.items}</h2>
        <ActionItemList items={meeting.actionItems} actor={actor} escalateTo={escalateTo} />
      </section>

      {mayWrite && (
        <section aria-labelledby="record" className="rounded-lg border border-slate-300 p-4">
          <h2 id="record" className="mb-3 text-2xl font-semibold">{mt.record}</h2>
          {/* A new version after each save: the form starts again from what was saved, its items with their ids. */}
          <ActionForm
            key={meeting.version}
            action={recordMeetingAction}
            id="record-meeting"
            labels={{ startsAt: mt.fields.startsAt, location: mt.fields.location, agenda: mt.fields.agenda, minutes: mt.minutes, status: mt.meetingStatus, presentUserIds: mt.attendance, ...rowLabels, ...actionItemLabels(locale, meeting.actionItems.length + NEW_ITEMS) }}
            className="space-y-5"
          >
            <input type="hidden" name="id" value={meeting.id} />
            <input type="hidden" name="version" value={meeting.version} />
            <div className="grid gap-4 md:grid-cols-3">
              <TextField name="startsAt" type="datetime-local" label={mt.fields.startsAt} defaultValue={toSwedishLocalInput(meeting.startsAt)} />
              <TextField name="location" label={mt.fields.location} optional defaultValue={meeting.location} />
              <SelectField name="status" label={mt.meetingStatus} defaultValue={meeting.status} options={(["PLANNED", "HELD", "CANCELLED"] as const).map((s) => ({ value: s, label: mt.status[s] }))} />
            </div>
            <TextAreaField name="agenda" label={mt.fields.agenda} defaultValue={meeting.agenda} rows={3} />
            <CheckboxGroup name="presentUserIds" legend={mt.attendance} options={forum.memberships.map((ms) => ({ value: ms.user.id, label: `${ms.user.name} (${ms.user.organisation.name})` }))} defaultValues={[...present]} />
            <fieldset className="space-y-3">
              <legend className="text-lg font-semibold">{mt.guests}</legend>
              {guests.map((g, i) => (
                <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-2">
                  <legend className="px-1 text-sm font-semibold">{format(locale, mt.guest, { n: i + 1 })}</legend>
                  <TextField name={`guests.${i}.organisationName`} label={mt.guestOrganisation} defaultValue={g.organisationName} />
                  <TextField name={`guests.${i}.count`} type="wholeNumber" label={mt.guestCount} defaultValue={g.count} />
                </fieldset>
              ))}
            </fieldset>
            <TextAreaField name="minutes" label={mt.minutes} hint={mt.minutesHint} defaultValue={meeting.minutes} rows={8} />
            <fieldset className="space-y-3">
              <legend className="text-lg font-semibold">{mt.decisions}</legend>
              {decisions.map((d, i) => (
                <TextField key={i} name={`decisions.${i}.text`} label={format(locale, mt.decision, { n: i + 1 })} defaultValue={d.text} />
              ))}
            </fieldset>
            <ActionItemFields options={options} existing={meeting.actionItems} count={NEW_ITEMS} />
            <PersonalDataConfirmation label={m.promises.fields.confirmNoPersonalData} />
            <SubmitButton>{mt.record}</SubmitButton>
          </ActionForm>
        </section>
      )}
    </article>
  );
}
