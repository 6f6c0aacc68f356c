import type { Metadata } from "next";
import { PoliceChannels } from "@/components/public/contact-info";
import { MunicipalityLinkList } from "@/components/public/municipality-link-list";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { municipalityLinksForPage } from "@/lib/public/municipality-info";

// Served from Next's cache like the municipalities' own pages (src/lib/public/cache-tags.ts).
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOfPage(params);
  return { title: messages(locale).contactPage.title };
}

export default async function ContactIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOfPage(params);
  const c = messages(locale).contactPage;
  const municipalities = await municipalityLinksForPage();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{c.title}</h1>
      <p className="mt-3 max-w-3xl text-lg">{c.intro}</p>
      <PoliceChannels />
      <h2 className="mt-8 text-2xl font-semibold">{c.chooseMunicipality}</h2>
      <MunicipalityLinkList locale={locale} municipalities={municipalities} page="kontakt" label={(name) => format(locale, c.titleFor, { name })} />
    </>
  );
}
