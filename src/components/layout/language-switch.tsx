"use client";

import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/i18n";
import { splitLocale } from "@/lib/i18n/locale-path";
import { usePageLocale } from "@/lib/i18n/use-locale";

/**
 * A link to this page in the other language, named in that language. It goes through the
 * explicit /sv or /en address, which the proxy remembers for addresses without a prefix.
 * A full page load, since the whole document changes language. Given the languages' names
 * (each in itself) rather than the catalogue, which would otherwise ship to every browser.
 */
export function LanguageSwitch({ names, className }: { names: Record<Locale, string>; className?: string }) {
  const locale = usePageLocale();
  const other = locale === "sv" ? "en" : "sv";
  // The address as rendered (/sv/x inside the cache) and as seen (/x) give the same link.
  const { rest } = splitLocale(usePathname() ?? "/");
  const href = `/${other}${rest === "/" ? "" : rest}`;
  return (
    <a href={href} hrefLang={other} lang={other} className={className}>
      {names[other]}
    </a>
  );
}
