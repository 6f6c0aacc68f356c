import PDFDocument from "pdfkit";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import type { findMeetingForActor } from "@/lib/forums/queries";

type Found = NonNullable<Awaited<ReturnType<typeof findMeetingForActor>>>;

/** A meeting's minutes as a PDF: agenda, attendance, minutes, decisions and action items. */
export function renderMinutesPdf({ forum, meeting, followUps }: Found): Promise<Buffer> {
  const m = messages();
  const mt = m.meetings;
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `${forum.name}: ${format(mt.title, { date: formatDateTime(meeting.startsAt) })}` }, lang: "sv-SE" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor("#10304b").text(text).moveDown(0.3);
  const body = (text: string) => doc.font("Helvetica").fontSize(10.5).fillColor("#1b1f24").text(text, { paragraphGap: 3 });
  const present = new Set(meeting.attendances.filter((a) => a.present).map((a) => a.userId));
  const item = (i: (typeof meeting.actionItems)[number]) =>
    `• ${i.title} (${mt.responsible}: ${i.responsibleUser?.name ?? i.responsibleOrganisation?.name ?? "–"}; ${format(mt.due, { date: formatDate(i.dueOn) })}; ${mt.itemStatus[i.status]})`;

  doc.font("Helvetica-Bold").fontSize(18).fillColor("#10304b").text(`${forum.name}: ${format(mt.title, { date: formatDateTime(meeting.startsAt) })}`);
  body(`${mt.status[meeting.status]}${meeting.location ? ` · ${meeting.location}` : ""}`);
  heading(mt.attendance);
  body(forum.memberships.filter((ms) => present.has(ms.user.id)).map((ms) => `${ms.user.name} (${ms.user.organisation.name})`).join(", ") || "–");
  if (meeting.guests.length > 0) body(`${mt.guests}: ${meeting.guests.map((g) => `${g.organisationName} (${g.count})`).join(", ")}`);
  heading(mt.agenda);
  body(meeting.agenda || "–");
  heading(mt.followUps);
  if (followUps.length === 0) body(mt.noFollowUps);
  followUps.forEach((i) => body(item(i)));
  heading(mt.minutes);
  body(meeting.minutes || "–");
  if (meeting.decisions.length > 0) {
    heading(mt.decisions);
    meeting.decisions.forEach((d, i) => body(`${i + 1}. ${d.text}`));
  }
  heading(mt.items);
  if (meeting.actionItems.length === 0) body(m.forums.noItems);
  meeting.actionItems.forEach((i) => body(item(i)));
  doc.end();
  return done;
}
