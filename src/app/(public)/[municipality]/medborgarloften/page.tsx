import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PromiseList } from "@/components/promises/promise-list";
import { format, messages } from "@/lib/i18n";
import { findPublicMunicipality } from "@/lib/public/promises";

type Props = { params: Promise<{ municipality: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const municipality = await findPublicMunicipality((await params).municipality);
  const m = messages();
  return { title: municipality ? format(m.municipality.promisesTitle, { name: municipality.name }) : m.errors.notFoundTitle };
}

export default async function PromisesPage({ params }: Props) {
  await connection();
  const m = messages();
  const municipality = await findPublicMunicipality((await params).municipality);
  if (!municipality) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{format(m.municipality.promisesTitle, { name: municipality.name })}</h1>
      <p className="mb-6 mt-2 max-w-2xl text-muted">{m.municipality.intro}</p>
      <PromiseList municipality={municipality} headingLevel={2} />
    </>
  );
}
