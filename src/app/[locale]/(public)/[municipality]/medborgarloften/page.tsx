import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PromiseFilter } from "@/components/promises/promise-filter";
import { PromiseList } from "@/components/promises/promise-list";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { parsePromiseFilter } from "@/lib/public/promise-filter-params";
import { findPublicMunicipality } from "@/lib/public/promises";

type Props = { params: Promise<{ locale: string; municipality: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
  await connection();
  const municipality = await findPublicMunicipality((await params).municipality);
  const m = messages(locale);
  return { title: municipality ? format(locale, m.municipality.promisesTitle, { name: municipality.name }) : m.errors.notFoundTitle };
}

export default async function PromisesPage({ params, searchParams }: Props) {
  const locale = await localeOfPage(params);
  await connection();
  const m = messages(locale);
  const filter = parsePromiseFilter(await searchParams);
  const municipality = await findPublicMunicipality((await params).municipality, filter);
  if (!municipality) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(locale, m.municipality.promisesTitle, { name: municipality.name })}</h1>
      <p className="mb-6 mt-2 max-w-2xl text-muted">{m.municipality.intro}</p>
      <PromiseFilter action={`/${municipality.slug}/medborgarloften`} years={municipality.years} places={municipality.places} selected={filter} />
      <p role="status" className="mb-3 text-sm text-muted">
        {municipality.promises.length > 0 ? format(locale, m.promise.filter.result, { count: municipality.promises.length }) : m.promise.filter.none}
      </p>
      {municipality.promises.length > 0 && <PromiseList municipality={municipality} headingLevel={2} />}
    </>
  );
}
