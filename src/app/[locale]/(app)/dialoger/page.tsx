import type { Metadata } from "next";
import { DialogueForm } from "@/components/promises/dialogue-form";
import { ListFilterForm } from "@/components/ui/list-filter";
import { Notice } from "@/components/ui/notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { PlainLink } from "@/components/ui/plain-link";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { listDialoguesForActor } from "@/lib/dialogues/queries";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { filterParams } from "@/lib/pagination/filter";
import { filteredListOfAddress } from "@/lib/pagination/filtered-list";
import { pagedTitle } from "@/lib/pagination/page";
import { createDialogueAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of dialogues the address asks for, with its filter, read once a request (the title names the page shown). */
const readDialogues = filteredListOfAddress([], listDialoguesForActor);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { list } = await readDialogues(await searchParams);
  return { title: pagedTitle(locale, messages(locale).dialogues.title, list.page) };
}

export default async function DialoguesPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const params = await searchParams;
  const { municipality, list } = await readDialogues(params);
  const { filter } = municipality;
  const mayManage = hasPermission(actor.role, "dialogue.manage");
  const hasMunicipalities = municipality.kind === "search" || municipality.choices.length > 0;
  return (
    <>
      <Notice code={typeof params.notice === "string" ? params.notice : undefined} />
      <h1 className="text-3xl font-bold text-brand-900">{m.dialogues.title}</h1>
      <p className="mt-2 max-w-2xl text-muted">{m.dialogues.intro}</p>
      <ListFilterForm action="/dialoger" filter={filter} municipality={municipality} locale={locale} />
      {list.rows.length === 0 ? (
        <p className="mt-6">{Object.keys(filter).length > 0 ? m.listFilter.none : m.dialogues.none}</p>
      ) : (
        <ul className="record-cards mt-6 space-y-3">
          {list.rows.map((d) => (
            <li key={d.id}>
              <h2>{mayManage ? <PlainLink locale={locale} href={`/dialoger/${d.id}`}>{d.title}</PlainLink> : d.title}</h2>
              <p className="text-sm text-muted">
                {[formatDateTime(d.startsAt, locale), d.place, d.format, d.participantCount !== null ? format(locale, m.promise.dialogueParticipants, { count: d.participantCount }) : null, d.municipality.name].filter(Boolean).join(" · ")}
              </p>
              {d.themes && <p className="mt-1">{d.themes}</p>}
              {d.promises.length > 0 && (
                <p className="mt-1 text-sm">
                  {format(locale, m.dialogues.linkedTo, { list: [...d.promises.map((p) => p.promise.title), ...(d._count.promises > d.promises.length ? ["…"] : [])].join("; ") })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination {...list} locale={locale} href={(page) => pageHref("/dialoger", filterParams(filter), page)} />
      {mayManage && hasMunicipalities && (
        <section aria-labelledby="new-dialogue" className="mt-10">
          <h2 id="new-dialogue" className="mb-3 text-2xl font-semibold">{m.dialogues.new}</h2>
          {municipality.formChoices.length > 0 ? (
            <DialogueForm action={createDialogueAction} municipalities={municipality.formChoices} submitLabel={m.forms.save} list={filterParams(filter)} />
          ) : (
            <p className="text-muted">{m.listFilter.chooseMunicipality}</p>
          )}
        </section>
      )}
    </>
  );
}
