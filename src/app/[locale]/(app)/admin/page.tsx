import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize, mayUseAdministration } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(mayUseAdministration(actor), messages(locale).admin.title, locale);
}

export default async function AdminPage() {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale).admin;
  const isAdmin = authorize(actor, "admin.manage", { type: "system" });
  const sections = [
    ...(isAdmin
      ? [
          { href: "/admin/kommuner", label: m.sections.municipalities, intro: m.sectionIntro.municipalities },
          { href: "/admin/polisomraden", label: m.sections.policeAreas, intro: m.sectionIntro.policeAreas },
          { href: "/admin/organisationer", label: m.sections.organisations, intro: m.sectionIntro.organisations },
        ]
      : []),
    { href: "/admin/anvandare", label: m.sections.users, intro: m.sectionIntro.users },
    ...(isAdmin ? [{ href: "/admin/logg", label: m.sections.audit, intro: m.sectionIntro.audit }] : []),
  ];
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{m.title}</h1>
      <p className="mt-2 max-w-2xl text-muted">{isAdmin ? m.intro : m.introUserManager}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {sections.map((s) => (
          <li key={s.href} className="rounded-lg border border-slate-200 p-4">
            <h2 className="text-lg font-semibold">
              <Link href={s.href}>{s.label}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{s.intro}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
