import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactInfo } from "@/components/public/contact-info";
import { format, messages } from "@/lib/i18n";
import { findMunicipalityInfo } from "@/lib/public/municipality-info";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ municipality: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = await findMunicipalityInfo((await params).municipality);
  return { title: info ? format(messages().contactPage.titleFor, { name: info.name }) : messages().errors.notFoundTitle };
}

export default async function MunicipalityContactPage({ params }: Props) {
  const info = await findMunicipalityInfo((await params).municipality);
  if (!info) notFound();
  return <ContactInfo info={info} />;
}
