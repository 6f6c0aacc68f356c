import type { Metadata } from "next";
import Link from "next/link";
import { DialogueForm } from "@/components/promises/dialogue-form";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { dialogueMunicipalities, listDialoguesForActor } from "@/lib/dialogues/queries";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { createDialogueAction } from "./actions";

export const metadata: Metadata = { title: messages().dialogues.title };

export default async function DialoguesPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const actor = await requireActor();
  const m = messages(actor.locale);
  const mayManage = hasPermission(actor.role, "dialogue.manage");
  const [dialogues, municipalities] = await Promise.all([listDialoguesForActor(actor), mayManage ? dialogueMunicipalities(actor) : []]);
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <h1 className="text-3xl font-bold text-brand-900">{m.dialogues.title}</h1>
      <p className="mt-2 max-w-2xl text-muted">{m.dialogues.intro}</p>
      {dialogues.length === 0 ? (
        <p className="mt-6">{m.dialogues.none}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {dialogues.map((d) => (
            <li key={d.id} className="rounded-lg border border-slate-200 p-4">
              <h2 className="text-lg font-semibold">{mayManage ? <Link href={`/dialoger/${d.id}`}>{d.title}</Link> : d.title}</h2>
              <p className="text-sm text-muted">
                {[formatDateTime(d.startsAt), d.place, d.format, d.participantCount !== null ? format(m.promise.dialogueParticipants, { count: d.participantCount }) : null, d.municipality.name].filter(Boolean).join(" · ")}
              </p>
              {d.themes && <p className="mt-1">{d.themes}</p>}
              {d.promises.length > 0 && <p className="mt-1 text-sm">{format(m.dialogues.linkedTo, { list: d.promises.map((p) => p.promise.title).join("; ") })}</p>}
            </li>
          ))}
        </ul>
      )}
      {mayManage && municipalities.length > 0 && (
        <section aria-labelledby="new-dialogue" className="mt-10">
          <h2 id="new-dialogue" className="mb-3 text-2xl font-semibold">{m.dialogues.new}</h2>
          <DialogueForm action={createDialogueAction} municipalities={municipalities} submitLabel={m.forms.save} />
        </section>
      )}
    </>
  );
}
