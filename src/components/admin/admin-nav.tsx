"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The parts of the administration the user may open; the current one is marked for screen readers too. */
export function AdminNav({ label, sections }: { label: string; sections: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print mb-6 border-b border-slate-200 pb-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {sections.map((s) => {
          const current = s.href === "/admin" ? pathname === "/admin" : pathname.startsWith(s.href);
          return (
            <li key={s.href}>
              <Link href={s.href} aria-current={current ? "page" : undefined} className={current ? "font-semibold" : undefined}>
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
