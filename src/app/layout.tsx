import type { Metadata } from "next";
import { messages } from "@/lib/i18n";
import "./globals.css";

const m = messages();

export const metadata: Metadata = {
  title: { default: m.meta.siteName, template: `%s – ${m.meta.siteName}` },
  description: m.meta.tagline,
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {m.nav.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
