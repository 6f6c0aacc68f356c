import { Link } from "@/i18n/navigation";
import { messages } from "@/lib/i18n";
import { LanguageSwitch } from "./language-switch";
import { usePageLocale } from "@/lib/i18n/use-locale";

/** The banner every page shares; `account` holds what the signed-in app puts on the right. */
export function SiteHeader({ account }: { account?: React.ReactNode }) {
  const locale = usePageLocale();
  const m = messages(locale);
  return (
    <header className="site-header no-print border-b border-brand-100 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:text-brand-100">
          {m.meta.siteName}
        </Link>
        <nav aria-label={m.nav.mainNav} className="w-full sm:w-auto">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <li>
              <Link href="/" className="text-white hover:text-brand-100">
                {m.nav.home}
              </Link>
            </li>
            <li>
              <LanguageSwitch names={{ sv: messages("sv").nav.languageName, en: messages("en").nav.languageName }} className="text-white underline hover:text-brand-100" />
            </li>
            {account ?? (
              <li>
                <Link href="/logga-in" className="text-white hover:text-brand-100">
                  {m.nav.signIn}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
