"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n";
import { LANGUAGE_SWITCH_ADDRESS, splitLocale } from "@/lib/i18n/locale-path";
import { usePageLocale } from "@/lib/i18n/use-locale";

type Props = { names: Record<Locale, string>; className?: string };

/**
 * A button that shows this page in the other language, named in that language, keeping the
 * page's filters. Choosing is remembered (src/app/api/language/route.ts), which is why it is a
 * form and not a link to /en/...: reading an English address someone shared chooses nothing.
 * A full page load, since the whole document changes language. Given the languages' names
 * (each in itself) rather than the catalogue, which would otherwise ship to every browser.
 */
export function LanguageSwitch(props: Props) {
  // A cached page is rendered without its query; the form gains it in the browser.
  return (
    <Suspense fallback={<SwitchForm {...props} search="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const search = useSearchParams()?.toString() ?? "";
  return <SwitchForm {...props} search={search} />;
}

function SwitchForm({ names, className, search }: Props & { search: string }) {
  const locale = usePageLocale();
  const other = locale === "sv" ? "en" : "sv";
  // The address as rendered (/sv/x inside the cache) and as seen (/x) give the same page.
  const { rest } = splitLocale(usePathname() ?? "/");
  return (
    <form method="post" action={LANGUAGE_SWITCH_ADDRESS}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="page" value={`${rest}${search ? `?${search}` : ""}`} />
      <button type="submit" lang={other} className={className}>
        {names[other]}
      </button>
    </form>
  );
}
