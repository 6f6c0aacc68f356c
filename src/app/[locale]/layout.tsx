import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { isLocale, LOCALES, messages } from "@/lib/i18n";
import { localeOfPage } from "@/lib/i18n/server";
import "../globals.css";

/** next-intl's `now`, for relative times the portal never formats in the browser. */
const FIXED_NOW = new Date(0);

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** Both languages are known at build time, so every public page can be cached per language. */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = messages(await localeOfPage(params));
  return {
    title: { default: m.meta.siteName, template: `%s – ${m.meta.siteName}` },
    description: m.meta.tagline,
    icons: { icon: "/favicon.svg" },
  };
}

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const m = messages(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {m.nav.skipToContent}
        </a>
        {/* Client components read only the locale; the catalogue is not sent along with every page. */}
        {/* Every value given, so the provider never reads next-intl's request configuration (which
            would fall back to the request's headers and make cached pages dynamic). */}
        <NextIntlClientProvider locale={locale} messages={null} formats={{}} now={FIXED_NOW} timeZone="Europe/Stockholm">
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
