import type { Metadata } from "next";
import { MunicipalityLinkList } from "@/components/public/municipality-link-list";
import { format, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { municipalityLinksForPage } from "@/lib/public/municipality-info";

// Served from Next's cache like the municipalities' own pages (src/lib/public/cache-tags.ts).
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOfPage(params);
  return { title: messages(locale).accessibility.linkTitle };
}

/** Each municipality answers for its part of the portal: the footer leads here, and here to each statement. */
export default async function AccessibilityIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOfPage(params);
  // Rendered per request from the cached public data, never at build (no database then).
  const a = messages(locale).accessibility;
  const municipalities = await municipalityLinksForPage();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{a.indexTitle}</h1>
      <p className="mt-3 max-w-3xl text-lg">{a.indexIntro}</p>
      <MunicipalityLinkList locale={locale} municipalities={municipalities} page="tillganglighet" label={(name) => format(locale, a.title, { name })} />
    </>
  );
}
