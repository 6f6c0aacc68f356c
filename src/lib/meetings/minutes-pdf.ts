import type { ActionItemStatus, MeetingStatus } from "@/generated/prisma/enums";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { format, LANGUAGE_TAGS, messages, type Locale } from "@/lib/i18n";
import { writeMarkdown } from "@/lib/pdf/markdown";
import { TaggedPdf } from "@/lib/pdf/tagged-document";

interface ItemForPdf {
  title: string;
  status: ActionItemStatus;
  dueOn: Date;
  responsibleUser: { name: string } | null;
  responsibleOrganisation: { name: string } | null;
}

/** What the minutes PDF reads of a meeting (findMeetingForActor's answer has all of it). */
export interface MeetingForPdf {
  forum: { name: string; memberships: { user: { id: string; name: string; organisation: { name: string } } }[] };
  meeting: {
    startsAt: Date;
    status: MeetingStatus;
    location: string;
    agenda: string;
    minutes: string;
    attendances: { userId: string; present: boolean }[];
    guests: { organisationName: string; count: number }[];
    decisions: { text: string }[];
    actionItems: ItemForPdf[];
  };
  followUps: ItemForPdf[];
}

/**
 * A meeting's minutes as a tagged PDF, in the order of the meeting's page: attendance,
 * agenda with follow-ups from earlier meetings, the minutes with their formatting
 * (headings, bold, italic, lists), decisions and action items.
 */
export function renderMinutesPdf({ forum, meeting, followUps }: MeetingForPdf, locale: Locale): Promise<Buffer> {
  const m = messages(locale);
  const mt = m.meetings;
  const title = `${forum.name}: ${format(locale, mt.title, { date: formatDateTime(meeting.startsAt, locale) })}`;
  const pdf = new TaggedPdf({ title, author: forum.name, subject: mt.minutes, lang: LANGUAGE_TAGS[locale] });
  const present = new Set(meeting.attendances.filter((a) => a.present).map((a) => a.userId));
  const item = (i: ItemForPdf) =>
    `${i.title} (${mt.responsible}: ${i.responsibleUser?.name ?? i.responsibleOrganisation?.name ?? "–"}; ${format(locale, mt.due, { date: formatDate(i.dueOn, locale) })}; ${mt.itemStatus[i.status]})`;

  pdf.heading(1, title);
  pdf.note(`${mt.status[meeting.status]}${meeting.location ? ` · ${meeting.location}` : ""}`);

  pdf.heading(2, mt.attendance);
  const attendees = forum.memberships.filter((ms) => present.has(ms.user.id)).map((ms) => `${ms.user.name} (${ms.user.organisation.name})`);
  if (attendees.length > 0) pdf.list(attendees);
  else pdf.paragraph("–");
  if (meeting.guests.length > 0) pdf.labelled(mt.guests, meeting.guests.map((g) => `${g.organisationName} (${g.count})`).join(", "));

  pdf.heading(2, mt.agenda).text(meeting.agenda.trim() || "–");
  pdf.heading(3, mt.followUps);
  if (followUps.length === 0) pdf.paragraph(mt.noFollowUps);
  else pdf.list(followUps.map(item));

  pdf.heading(2, mt.minutes);
  if (meeting.minutes.trim()) writeMarkdown(pdf, meeting.minutes, { headingLevel: 3 });
  else pdf.paragraph("–");

  if (meeting.decisions.length > 0) pdf.heading(2, mt.decisions).list(meeting.decisions.map((d) => d.text), { ordered: true });

  pdf.heading(2, mt.items);
  if (meeting.actionItems.length === 0) pdf.paragraph(m.forums.noItems);
  else pdf.list(meeting.actionItems.map(item));
  return pdf.end();
}
