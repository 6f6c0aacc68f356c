import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { format, messages, type Messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import { findMunicipalityInfo, type MunicipalityInfo } from "@/lib/public/municipality-info";

type Props = { params: Promise<{ locale: string; municipality: string }> };

/**
 * A public page about one municipality (accessibility statement, privacy, contact): its
 * title and body from the municipality's published information, 404 for an unknown one.
 * The route files keep their own cache settings, which Next reads from each file.
 */
export function municipalityInfoPage(title: (m: Messages) => string, Body: (props: { info: MunicipalityInfo }) => React.ReactNode) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOfPage(params);
    const info = await findMunicipalityInfo((await params).municipality);
    const m = messages(locale);
    return { title: info ? format(locale, title(m), { name: info.name }) : m.errors.notFoundTitle };
  }
  async function Page({ params }: Props) {
    await localeOfPage(params);
    const info = await findMunicipalityInfo((await params).municipality);
    if (!info) notFound();
    return <Body info={info} />;
  }
  return { generateMetadata, Page };
}
