import { Link } from "@/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export interface DialogueView {
  /** Unique among the promise's dialogues. */
  key: string;
  title: string;
  startsAt: Date | string;
  place: string;
  format: string;
  participantCount: number | null;
  themes: string;
  /** Where the reader may open the dialogue; none on the public page, or for a reader who may not. */
  href?: string | null;
}

/** The citizen dialogues a promise builds on: when, where, in what form, how many took part, the themes. Nothing when there are none. */
export function PromiseDialogues({ dialogues }: { dialogues: DialogueView[] }) {
  const locale = usePageLocale();
  const m = messages(locale);
  if (dialogues.length === 0) return null;
  return (
    <section aria-labelledby="dialogues">
      <h2 id="dialogues" className="text-2xl font-semibold">
        {m.promise.dialogues}
      </h2>
      <ul className="mt-2 space-y-3">
        {dialogues.map((d) => (
          <li key={d.key} className="rounded-lg border border-slate-200 p-3">
            <p className="font-semibold">{d.href ? <Link href={d.href}>{d.title}</Link> : d.title}</p>
            <p className="text-sm text-muted">
              {[formatDate(d.startsAt, locale), d.place, d.format, d.participantCount !== null ? format(locale, m.promise.dialogueParticipants, { count: d.participantCount }) : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {d.themes && <p className="mt-1">{d.themes}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
