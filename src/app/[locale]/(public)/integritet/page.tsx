import type { Metadata } from "next";
import { MunicipalityLinkList } from "@/components/public/municipality-link-list";
import { PrivacyText } from "@/components/public/privacy-text";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { municipalityLinksForPage } from "@/lib/public/municipality-info";

// Served from Next's cache like the municipalities' own pages (src/lib/public/cache-tags.ts).
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOfPage(params);
  return { title: messages(locale).privacyPage.title };
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOfPage(params);
  const p = messages(locale).privacyPage;
  const municipalities = await municipalityLinksForPage();
  return (
    <>
      <PrivacyText />
      <h2 className="mt-8 text-2xl font-semibold">{p.chooseMunicipality}</h2>
      <MunicipalityLinkList locale={locale} municipalities={municipalities} page="integritet" label={(name) => format(locale, p.titleFor, { name })} />
    </>
  );
}
