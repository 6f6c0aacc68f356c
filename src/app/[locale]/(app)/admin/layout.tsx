import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize, mayUseAdministration } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";

/**
 * Everything under /admin: administrators, and user managers (for their own users only).
 * Anyone else gets 404, as if there were no administration. Each page asks authorize for
 * its own part again.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!mayUseAdministration(actor)) notFound();
  const m = messages(locale).admin;
  const isAdmin = authorize(actor, "admin.manage", { type: "system" });
  const sections = [
    { href: "/admin", label: m.title },
    ...(isAdmin
      ? [
          { href: "/admin/kommuner", label: m.sections.municipalities },
          { href: "/admin/polisomraden", label: m.sections.policeAreas },
          { href: "/admin/organisationer", label: m.sections.organisations },
        ]
      : []),
    { href: "/admin/anvandare", label: m.sections.users },
    ...(isAdmin ? [{ href: "/admin/logg", label: m.sections.audit }] : []),
  ];
  return (
    <>
      <AdminNav label={m.sectionsNav} sections={sections} />
      {children}
    </>
  );
}
