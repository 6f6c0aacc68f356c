import type { ActivityProgress } from "@/lib/activities/progress";
import { formatDate, formatMonth, formatPeriod } from "@/lib/format/dates";
import { format, LANGUAGE_TAGS, messages, type Locale } from "@/lib/i18n";
import { TaggedPdf } from "@/lib/pdf/tagged-document";
import type { PublicPromise } from "./promises";

/**
 * A citizen promise as a PDF for printing and archiving: the same content as the public
 * page, with its activity plan as one headed block per activity (a six-column table does
 * not fit a portrait page legibly). Tagged PDF/UA, in Swedish: see TaggedPdf.
 */
export function renderPromisePdf(promise: PublicPromise & { progress: Record<string, ActivityProgress> }, locale: Locale): Promise<Buffer> {
  const m = messages(locale);
  const p = promise.content;
  const pdf = new TaggedPdf({ title: p.title, author: format(locale, m.documents.promiseAuthor, { municipality: promise.municipality.name }), subject: m.documents.promiseSubject, lang: LANGUAGE_TAGS[locale] });

  pdf.note(format(locale, m.municipality.promisesTitle, { name: promise.municipality.name }));
  pdf.heading(1, p.title);
  pdf.labelled(m.promise.period, formatPeriod(p.periodStart, p.periodEnd, locale));
  pdf.labelled(m.promise.status, m.promise.statusLabel[promise.status]);
  if (p.targetGroup) pdf.labelled(m.promise.targetGroup, p.targetGroup);
  if (p.place) pdf.labelled(m.promise.place, p.place);

  for (const [title, text] of [
    [m.promise.background, p.background],
    [m.promise.citizenPerspective, p.citizenPerspective],
    [m.promise.whyTargetGroup, p.targetGroupRationale],
  ] as const) {
    if (!text.trim()) continue;
    pdf.heading(2, title).text(text);
  }

  pdf.heading(2, m.promise.criteria).paragraph(m.promise.criteriaIntro);
  pdf.list(
    [
      [m.promise.criterion.safety, p.criteria.safety],
      [m.promise.criterion.crime, p.criteria.crime],
      [m.promise.criterion.participation, p.criteria.participation],
      [m.promise.criterion.trust, p.criteria.trust],
    ].map(([label, text]) => [{ text: `${label}: `, bold: true }, { text: text ?? "" }]),
  );
  if (p.conclusion.trim()) pdf.heading(2, m.promise.conclusion).text(p.conclusion);

  pdf.heading(2, m.promise.activityPlan);
  const c = m.activity.columns;
  p.activities.forEach((a, index) => {
    pdf.heading(3, `${index + 1}. ${a.title}`);
    for (const [label, text] of [
      [c.scope, a.scope],
      [c.timing, a.timing],
      [c.responsible, a.responsible],
      [c.followUp, a.followUp],
      [c.evaluation, a.evaluation],
    ] as const) {
      if (text.trim()) pdf.labelled(label, text.replace(/\r?\n/g, "; "));
    }
    const live = promise.progress[a.id];
    const status = live?.status ? m.activity.statusLabel[live.status] : m.activity.progress.notStarted;
    const parts = [status];
    if (live && live.target !== null) parts.push(format(locale, m.activity.progress.ofTarget, { achieved: live.achieved, target: live.target, unit: live.unit ?? "" }).trim());
    if (live?.lastPeriod) parts.push(format(locale, m.activity.progress.lastReported, { period: formatMonth(live.lastPeriod, locale) }));
    pdf.labelled(c.status, parts.join(" · "));
  });

  if (p.goals.length > 0) pdf.heading(2, m.promise.goalsServed).list(p.goals.map((g) => g.title));
  if (p.dialogues.length > 0) {
    pdf.heading(2, m.promise.dialogues).list(
      p.dialogues.map((d) => {
        const facts = [formatDate(d.startsAt, locale), d.place, d.format, d.participantCount !== null ? format(locale, m.promise.dialogueParticipants, { count: d.participantCount }) : null].filter(Boolean).join(" · ");
        return [{ text: d.title, bold: true }, { text: ` (${facts})${d.themes ? `: ${d.themes}` : ""}` }];
      }),
    );
  }
  if (p.basisDocuments.length > 0) {
    pdf.heading(2, m.promise.basisDocuments).list(p.basisDocuments.map((d) => `${d.title}${d.publisher || d.year ? ` (${[d.publisher, d.year].filter(Boolean).join(", ")})` : ""}`));
  }
  if (p.signatories.length > 0) {
    pdf.heading(2, m.promise.signatories).list(p.signatories.map((s) => `${s.name}, ${s.title} (${m.party[s.party]})`));
  }
  return pdf.end();
}
