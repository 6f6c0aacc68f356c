import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PromiseList } from "@/components/promises/promise-list";
import { format, messages } from "@/lib/i18n";
import { findPublicMunicipality } from "@/lib/public/promises";

type Props = { params: Promise<{ municipality: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const municipality = await findPublicMunicipality((await params).municipality);
  return { title: municipality?.name ?? messages().errors.notFoundTitle };
}

export default async function MunicipalityPage({ params }: Props) {
  await connection();
  const m = messages();
  const municipality = await findPublicMunicipality((await params).municipality);
  if (!municipality) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{municipality.name}</h1>
      <h2 className="mt-8 text-2xl font-semibold">{format(m.municipality.promisesTitle, { name: municipality.name })}</h2>
      <p className="mb-4 mt-2 max-w-2xl text-muted">{m.municipality.intro}</p>
      <PromiseList municipality={municipality} headingLevel={3} />
      <h2 className="mt-10 text-2xl font-semibold">{m.agreements.title}</h2>
      <p className="mt-2">
        <Link href={`/${municipality.slug}/samverkansavtal`}>{format(m.agreements.public.title, { name: municipality.name })}</Link>
      </p>
    </>
  );
}
