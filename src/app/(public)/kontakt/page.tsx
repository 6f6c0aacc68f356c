import type { Metadata } from "next";
import { connection } from "next/server";
import { PoliceChannels } from "@/components/public/contact-info";
import { MunicipalityLinkList } from "@/components/public/municipality-link-list";
import { format, messages } from "@/lib/i18n";
import { listMunicipalityLinks } from "@/lib/public/municipality-info";

export const metadata: Metadata = { title: messages().contactPage.title };

export default async function ContactIndexPage() {
  await connection();
  const c = messages().contactPage;
  const municipalities = await listMunicipalityLinks();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{c.title}</h1>
      <p className="mt-3 max-w-3xl text-lg">{c.intro}</p>
      <PoliceChannels />
      <h2 className="mt-8 text-2xl font-semibold">{c.chooseMunicipality}</h2>
      <MunicipalityLinkList municipalities={municipalities} page="kontakt" label={(name) => format(c.titleFor, { name })} />
    </>
  );
}
