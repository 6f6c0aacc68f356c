import type { Locale } from "@/lib/i18n";
import { PlainLink } from "@/components/ui/plain-link";

/**
 * Links to one page of every municipality (its accessibility statement, privacy page or
 * contact page). Plain links: 290 client-side links would each add to the page's payload
 * and prefetch.
 */
export function MunicipalityLinkList({ locale, municipalities, page, label }: { locale: Locale; municipalities: { slug: string; name: string }[]; page: string; label: (name: string) => string }) {
  return (
    <ul className="mt-4 grid gap-2 sm:grid-cols-2">
      {municipalities.map((m) => (
        <li key={m.slug}>
          <PlainLink locale={locale} href={`/${m.slug}/${page}`}>{label(m.name)}</PlainLink>
        </li>
      ))}
    </ul>
  );
}
