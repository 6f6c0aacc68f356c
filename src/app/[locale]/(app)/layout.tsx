import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NeedsJavaScript } from "@/components/forms/action-form";
import { requireActor } from "@/lib/auth/current-actor";
import { mayUseAdministration, hasPermission } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

/** Signed-in pages are never indexed by search engines. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Everything under (app) requires a signed-in user. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  return (
    <PageShell
      account={
        <>
          <li>
            <Link href="/oversikt" className="text-white hover:text-brand-100">
              {m.nav.overview}
            </Link>
          </li>
          {[
            ["/avtal", m.nav.agreements],
            ["/loften", m.nav.promises],
            ["/dialoger", m.nav.dialogues],
            ["/forum", m.nav.forums],
            ...(hasPermission(actor.role, "cycle.write") ? [["/arbetsgang", m.nav.cycle]] : []),
            ...(mayUseAdministration(actor) ? [["/admin", m.nav.administration]] : []),
            ["/konto", m.nav.account],
          ].map(([href, label]) => (
            <li key={href}>
              <Link href={href!} className="text-white hover:text-brand-100">
                {label}
              </Link>
            </li>
          ))}
          <li className="max-w-full truncate text-brand-100" aria-hidden="true">
            {actor.name}
          </li>
          <li>
            <SignOutButton />
          </li>
        </>
      }
    >
      <NeedsJavaScript />
      {children}
    </PageShell>
  );
}
