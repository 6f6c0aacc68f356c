import { Link } from "@/i18n/navigation";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export function SiteFooter() {
  const locale = usePageLocale();
  const m = messages(locale);
  return (
    <footer className="no-print mt-auto border-t border-brand-100 bg-brand-50 text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
        <p>{m.footer.about}</p>
        <p>{m.footer.privacy}</p>
        {/* On every page, public and signed-in: the accessibility statement must be reachable from all of them. */}
        <nav aria-label={m.footer.linksLabel} className="pt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link href="/tillganglighet">{m.accessibility.linkTitle}</Link>
            </li>
            <li>
              <Link href="/integritet">{m.privacyPage.linkTitle}</Link>
            </li>
            <li>
              <Link href="/kontakt">{m.contactPage.linkTitle}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
