import PDFDocument from "pdfkit";
import type { ActivityProgress } from "@/lib/activities/progress";
import { formatDate, formatMonth, formatPeriod } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import type { PublicPromise } from "./promises";

/**
 * A citizen promise as a PDF for printing and archiving: the same content as the public
 * page, with its activity plan as one block per activity (a six-column table does not
 * fit a portrait page legibly). Helvetica's encoding covers å, ä and ö.
 */
export function renderPromisePdf(promise: PublicPromise & { progress: Record<string, ActivityProgress> }): Promise<Buffer> {
  const m = messages();
  const p = promise.content;
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: p.title, Author: `${promise.municipality.name} och Polismyndigheten`, Subject: "Medborgarlöfte" },
    lang: "sv-SE",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size = 14) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(size).fillColor("#10304b").text(text).moveDown(0.3);
  const body = (text: string) => doc.font("Helvetica").fontSize(10.5).fillColor("#1b1f24").text(text, { paragraphGap: 4 });
  const labelled = (label: string, text: string) => {
    doc.font("Helvetica-Bold").fontSize(10.5).fillColor("#1b1f24").text(`${label}: `, { continued: true }).font("Helvetica").text(text);
  };

  doc.font("Helvetica").fontSize(10).fillColor("#4a5561").text(`${m.municipality.promisesTitle.replace("{name}", promise.municipality.name)}`);
  doc.moveDown(0.3).font("Helvetica-Bold").fontSize(20).fillColor("#10304b").text(p.title);
  doc.moveDown(0.5);
  labelled(m.promise.period, formatPeriod(p.periodStart, p.periodEnd));
  labelled(m.promise.status, m.promise.statusLabel[promise.status]);
  if (p.targetGroup) labelled(m.promise.targetGroup, p.targetGroup);
  if (p.place) labelled(m.promise.place, p.place);

  for (const [title, text] of [
    [m.promise.background, p.background],
    [m.promise.citizenPerspective, p.citizenPerspective],
    [m.promise.whyTargetGroup, p.targetGroupRationale],
  ] as const) {
    if (!text) continue;
    heading(title);
    body(text);
  }

  heading(m.promise.criteria);
  for (const [label, text] of [
    [m.promise.criterion.safety, p.criteria.safety],
    [m.promise.criterion.crime, p.criteria.crime],
    [m.promise.criterion.participation, p.criteria.participation],
    [m.promise.criterion.trust, p.criteria.trust],
  ] as const) {
    labelled(label, text);
    doc.moveDown(0.2);
  }
  if (p.conclusion) {
    heading(m.promise.conclusion);
    body(p.conclusion);
  }

  heading(m.promise.activityPlan, 16);
  const c = m.activity.columns;
  p.activities.forEach((a, index) => {
    doc.moveDown(0.4).font("Helvetica-Bold").fontSize(11.5).fillColor("#10304b").text(`${index + 1}. ${a.title}`);
    for (const [label, text] of [
      [c.scope, a.scope],
      [c.timing, a.timing],
      [c.responsible, a.responsible],
      [c.followUp, a.followUp],
      [c.evaluation, a.evaluation],
    ] as const) {
      if (text) labelled(label, text.replace(/\n/g, "; "));
    }
    const live = promise.progress[a.id];
    const status = live?.status ? m.activity.statusLabel[live.status] : m.activity.progress.notStarted;
    const parts = [status];
    if (live && live.target !== null) parts.push(format(m.activity.progress.ofTarget, { achieved: live.achieved, target: live.target, unit: live.unit ?? "" }).trim());
    if (live?.lastPeriod) parts.push(format(m.activity.progress.lastReported, { period: formatMonth(live.lastPeriod) }));
    labelled(c.status, parts.join(" · "));
  });

  if (p.dialogues.length > 0) {
    heading(m.promise.dialogues);
    for (const d of p.dialogues) body(`${d.title} (${[formatDate(d.startsAt), d.place, d.participantCount !== null ? format(m.promise.dialogueParticipants, { count: d.participantCount }) : null].filter(Boolean).join(", ")})${d.themes ? `: ${d.themes}` : ""}`);
  }
  if (p.basisDocuments.length > 0) {
    heading(m.promise.basisDocuments);
    for (const d of p.basisDocuments) body(`• ${d.title}${d.publisher || d.year ? ` (${[d.publisher, d.year].filter(Boolean).join(", ")})` : ""}`);
  }
  if (p.signatories.length > 0) {
    heading(m.promise.signatories);
    for (const s of p.signatories) body(`${s.name}, ${s.title} (${m.party[s.party]})`);
  }
  doc.end();
  return done;
}
