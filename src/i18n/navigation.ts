import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Link and friends that keep the reader in their language: /en/... stays English. */
export const { Link, usePathname } = createNavigation(routing);
