import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HistoryTable } from "@/components/history/history-table";
import { historyTitle } from "@/components/history/history-title";
import { readableHistoryOf } from "@/lib/audit/readable";
import { requireActor } from "@/lib/auth/current-actor";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findPromiseForActor } from "@/lib/promises/queries";

type Props = { params: Promise<{ id: string }> };

/** Read once a request: the tab title names the record, as the heading does. */
const find = cache(async (id: string) => findPromiseForActor(await requireActor(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const promise = await find((await params).id);
  return { title: promise ? historyTitle(locale, promise.title) : messages(locale).errors.notFoundTitle };
}

export default async function PromiseHistoryPage({ params }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const promise = await find((await params).id);
  if (!promise) notFound();
  const m = messages(locale);
  const entries = await readableHistoryOf(actor, "CitizenPromise", promise.id, locale);
  const title = historyTitle(locale, promise.title);
  return (
    <>
      <p className="text-sm">
        <Link href={`/loften/${promise.id}`}>{m.promises.backToPromise}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mb-6 mt-2 text-muted">{m.agreements.historyIntro}</p>
      <HistoryTable entries={entries} caption={title} />
    </>
  );
}
