import { Link } from "@/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { compareSwedish } from "@/lib/format/intl";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { PromiseDialogues } from "./dialogue-list";

interface Props {
  goals: { id: string; title: string; agreement: { id: string; municipalityId: string; policeAreaId: string | null } }[];
  dialogues: { id: string; title: string; startsAt: Date; place: string; format: string; participantCount: number | null; themes: string }[];
  /** The promise's municipality, where its dialogues are held. */
  municipalityId: string;
  actor: Actor;
}

/**
 * What a promise quotes from other records and the parties approve with its text: the
 * agreement goals it serves and the citizen dialogues it builds on. Each title is a link where
 * the reader may open it (a goal on its agreement's page, a dialogue on its own page), else text.
 */
export function PromiseLinks({ goals, dialogues, municipalityId, actor }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const mayOpenDialogues = authorize(actor, "dialogue.manage", { type: "municipal", municipalityId });
  return (
    <>
      {goals.length > 0 && (
        <section aria-labelledby="goals">
          <h2 id="goals" className="text-2xl font-semibold">{m.promise.goalsServed}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {[...goals].sort((a, b) => compareSwedish(a.title, b.title)).map(({ id, title, agreement }) => (
              <li key={id}>
                {authorize(actor, "agreement.read", { type: "joint", municipalityId: agreement.municipalityId, policeAreaId: agreement.policeAreaId }) ? (
                  <Link href={`/avtal/${agreement.id}#mal-${id}`}>{title}</Link>
                ) : (
                  title
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <PromiseDialogues
        dialogues={[...dialogues].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map((d) => ({ ...d, key: d.id, href: mayOpenDialogues ? `/dialoger/${d.id}` : null }))}
      />
    </>
  );
}
