import { useLocale } from "next-intl";
import { toLocale, type Locale } from "./index";

/** The page's language in a component that is not async (server or client). */
export function usePageLocale(): Locale {
  return toLocale(useLocale());
}
