import { PageShell } from "@/components/layout/page-shell";
import { localeOfPage } from "@/lib/i18n/server";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export default async function PublicLayout({ children, params }: Props) {
  await localeOfPage(params);
  return <PageShell>{children}</PageShell>;
}
