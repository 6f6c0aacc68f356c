import type { AnchorHTMLAttributes } from "react";
import type { Locale } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";

/**
 * A link drawn on the server as a plain <a>, in the reader's language (/en/… in English), for
 * long tables and lists. next-intl's Link is a client component: the page's payload carries each
 * one's props beside the HTML, which on a dashboard of hundreds of links was tens of kilobytes.
 * A click loads the page as any link does, without client-side navigation. An address of
 * only "#fragment" stays on the page.
 */
export function PlainLink({ href, locale, ...rest }: { href: string; locale: Locale } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">) {
  return <a href={href.startsWith("#") ? href : localePath(locale, href)} {...rest} />;
}
