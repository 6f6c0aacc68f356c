import { z } from "zod";
import { withoutNotice } from "@/lib/actions/notice-address";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { ZChangeLocale } from "@/lib/users/schemas";
import type { Locale } from "./index";
import { isPageAddress, localePath } from "./locale-path";

/** The longest page address (path and query) the switch carries back; no page of the portal comes near it. */
export const MAX_PAGE_ADDRESS = 2_000;

/**
 * What the header's language switch sends (src/components/layout/language-switch.tsx): the
 * language chosen, as on the account page, and the page it was chosen on.
 */
export const ZChooseLanguage = ZChangeLocale.extend({ page: z.string("validation.invalid").max(MAX_PAGE_ADDRESS, "validation.tooLong") });
export type TChooseLanguage = z.infer<typeof ZChooseLanguage>;

/**
 * The page the reader chose a language on, in that language: "/en/loften?sida=2" for
 * ("sv", "/en/loften?sida=2") gives "/loften?sida=2". The page comes from the request, so it
 * is checked as any address the portal sends someone to (safeCallbackPath): anything that
 * could lead to another site, or that is not a page, gives the start page instead. An earlier
 * action's `?notice=` is dropped: in the other language it would announce that outcome again.
 */
export function pageInLanguage(locale: Locale, page: string): string {
  const checked = safeCallbackPath(page);
  const safe = checked && (withoutNotice(checked) ?? checked);
  const path = safe?.split(/[?#]/, 1)[0];
  if (!safe || !path || !isPageAddress(path)) return localePath(locale, "/");
  return `${localePath(locale, path)}${safe.slice(path.length)}`;
}
