import { localeOfPage } from "@/lib/i18n/server";
import { tagMunicipalityPage } from "@/lib/public/promises";

type Props = { children: React.ReactNode; params: Promise<{ locale: string; municipality: string }> };

/** Every page of a municipality is cached under its tag, and expired when that municipality changes. */
export default async function MunicipalityLayout({ children, params }: Props) {
  await localeOfPage(params);
  await tagMunicipalityPage((await params).municipality);
  return children;
}
