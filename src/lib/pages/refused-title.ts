import "server-only";
import type { Metadata } from "next";
import { messages, type Locale } from "@/lib/i18n";

/**
 * A page's tab title, or the not-found page's for a reader the page refuses with 404. Next
 * resolves a page's metadata apart from the page itself, so a refused page kept its own title
 * ("Ny kommun" above "Sidan finns inte"): a wrong title (WCAG 2.4.2), and a name for what the
 * reader is told does not exist. Called from generateMetadata with the page's own check.
 * (notFound() there instead gives an empty error document in Next 16.)
 */
export function titleUnlessRefused(allowed: boolean, title: string, locale: Locale): Metadata {
  return allowed ? { title } : refusedTitle(locale);
}

/** The not-found page's title, for a page that checks before it reads what its title would name. */
export function refusedTitle(locale: Locale): Metadata {
  return { title: messages(locale).errors.notFoundTitle };
}
