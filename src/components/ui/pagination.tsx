import { PlainLink } from "@/components/ui/plain-link";
import { format, messages, type Locale } from "@/lib/i18n";

/**
 * The total and links to the pages before and after, for every list that is read a page
 * at a time. Plain links: they work without JavaScript and the address can be shared.
 * `href` builds the address of a page, keeping the list's filter.
 */
export function Pagination({
  page,
  pageCount,
  total,
  href,
  locale,
  label,
}: {
  page: number;
  pageCount: number;
  total: number;
  href: (page: number) => string;
  locale: Locale;
  /** The navigation's name when a page has more than one paged list (default "Sidor"). */
  label?: string;
}) {
  const m = messages(locale).pagination;
  return (
    <nav aria-label={label ?? m.label} className="no-print mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p>{format(locale, m.total, { count: total })}</p>
      {pageCount > 1 && (
        <>
          <p>{format(locale, m.status, { page, pages: pageCount })}</p>
          {page > 1 && (
            <PlainLink locale={locale} href={href(page - 1)} rel="prev">
              {m.previous}
            </PlainLink>
          )}
          {page < pageCount && (
            <PlainLink locale={locale} href={href(page + 1)} rel="next">
              {m.next}
            </PlainLink>
          )}
        </>
      )}
    </nav>
  );
}

/** The address of a list page with its current filter and another page number (?sida=). */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "sida") query.set(key, value);
  if (page > 1) query.set("sida", String(page));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
