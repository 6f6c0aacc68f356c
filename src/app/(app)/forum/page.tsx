import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/current-actor";
import { formatDate } from "@/lib/format/dates";
import { ForumSettingsForm } from "@/components/forums/forum-settings-form";
import { Notice } from "@/components/ui/notice";
import { dialogueMunicipalities } from "@/lib/dialogues/queries";
import { listMyForums } from "@/lib/forums/queries";
import { createForumAction } from "./actions";
import { messages } from "@/lib/i18n";

export const metadata: Metadata = { title: messages().forums.title };

export default async function ForumsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const actor = await requireActor();
  const m = messages(actor.locale);
  const forums = await listMyForums(actor);
  // Administrators create forums anywhere; chairs create forums reporting to one they chair.
  const parents = actor.role === "ADMIN" ? forums : forums.filter((f) => f.chair && actor.chairedForumIds.includes(f.id));
  const municipalities =
    actor.role === "ADMIN" ? await dialogueMunicipalities(actor) : [...new Map(parents.map((f) => [f.municipalityId, { id: f.municipalityId, name: f.municipality.name }])).values()];
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <h1 className="text-3xl font-bold text-brand-900">{m.forums.title}</h1>
      <p className="mt-2 text-muted">{m.forums.intro}</p>
      {forums.length === 0 && <p className="mt-6">{m.forums.none}</p>}
      {(["STRATEGIC", "TACTICAL", "OPERATIVE"] as const).map((level) => {
        const atLevel = forums.filter((f) => f.level === level);
        if (atLevel.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="mt-8">
            <h2 id={`level-${level}`} className="text-2xl font-semibold">{m.forums.level[level]}</h2>
            <ul className="mt-3 space-y-3">
              {atLevel.map((f) => (
                <li key={f.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/forum/${f.id}`}>{f.name}</Link>
                    {f.kind === "WORKING_GROUP" && <span className="ml-2 text-sm font-normal text-muted">({m.forums.workingGroup})</span>}
                  </h3>
                  {f.purpose && <p className="mt-1 text-sm">{f.purpose}</p>}
                  <dl className="mt-2 grid gap-x-4 text-sm text-muted sm:grid-cols-[max-content_1fr]">
                    {f.chair && (<><dt>{m.forums.chair}</dt><dd>{f.chair.name}</dd></>)}
                    {f.cadence && (<><dt>{m.forums.cadence}</dt><dd>{f.cadence}</dd></>)}
                    {(f.parent || f.reportsToText) && (<><dt>{f.kind === "WORKING_GROUP" ? m.forums.setUpBy : m.forums.reportsTo}</dt><dd>{f.parent?.name ?? f.reportsToText}</dd></>)}
                    {f.endsOn && (<><dt>{m.forums.period}</dt><dd>{f.startsOn ? formatDate(f.startsOn) : ""}–{formatDate(f.endsOn)}</dd></>)}
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {parents.length + (actor.role === "ADMIN" ? 1 : 0) > 0 && (
        <section aria-labelledby="new-forum" className="mt-10 rounded-lg border border-slate-300 p-4">
          <h2 id="new-forum" className="mb-3 text-xl font-semibold">{m.forums.newForum}</h2>
          <ForumSettingsForm action={createForumAction} formId="new-forum-form" submitLabel={m.forums.newForum} municipalities={municipalities} parents={parents} />
        </section>
      )}
    </>
  );
}
