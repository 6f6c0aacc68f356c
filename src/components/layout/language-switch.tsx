"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n";
import { splitLocale } from "@/lib/i18n/locale-path";
import { usePageLocale } from "@/lib/i18n/use-locale";

type Props = { names: Record<Locale, string>; className?: string };

/**
 * A link to this page in the other language, named in that language, keeping the page's
 * filters. It goes through the explicit /sv or /en address, which the proxy remembers for
 * addresses without a prefix. A full page load, since the whole document changes language.
 * Given the languages' names (each in itself) rather than the catalogue, which would
 * otherwise ship to every browser.
 */
export function LanguageSwitch(props: Props) {
  // A cached page is rendered without its query; the link gains it in the browser.
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const search = useSearchParams()?.toString() ?? "";
  return <SwitchLink {...props} search={search} />;
}

function SwitchLink({ names, className, search }: Props & { search: string }) {
  const locale = usePageLocale();
  const other = locale === "sv" ? "en" : "sv";
  // The address as rendered (/sv/x inside the cache) and as seen (/x) give the same link.
  const { rest } = splitLocale(usePathname() ?? "/");
  const href = `/${other}${rest === "/" ? "" : rest}${search ? `?${search}` : ""}`;
  return (
    <a href={href} hrefLang={other} lang={other} className={className}>
      {names[other]}
    </a>
  );
}
