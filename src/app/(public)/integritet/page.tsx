import type { Metadata } from "next";
import { connection } from "next/server";
import { MunicipalityLinkList } from "@/components/public/municipality-link-list";
import { PrivacyText } from "@/components/public/privacy-text";
import { format, messages } from "@/lib/i18n";
import { listMunicipalityLinks } from "@/lib/public/municipality-info";

export const metadata: Metadata = { title: messages().privacyPage.title };

export default async function PrivacyPage() {
  await connection();
  const p = messages().privacyPage;
  const municipalities = await listMunicipalityLinks();
  return (
    <>
      <PrivacyText />
      <h2 className="mt-8 text-2xl font-semibold">{p.chooseMunicipality}</h2>
      <MunicipalityLinkList municipalities={municipalities} page="integritet" label={(name) => format(p.titleFor, { name })} />
    </>
  );
}
