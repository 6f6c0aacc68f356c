import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessibilityStatement } from "@/components/public/accessibility-statement";
import { format, messages } from "@/lib/i18n";
import { findMunicipalityInfo } from "@/lib/public/municipality-info";

// Served from Next's cache like every public page; the administration's saves expire it.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ municipality: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = await findMunicipalityInfo((await params).municipality);
  return { title: info ? format(messages().accessibility.title, { name: info.name }) : messages().errors.notFoundTitle };
}

export default async function AccessibilityStatementPage({ params }: Props) {
  const info = await findMunicipalityInfo((await params).municipality);
  if (!info) notFound();
  return <AccessibilityStatement info={info} />;
}
