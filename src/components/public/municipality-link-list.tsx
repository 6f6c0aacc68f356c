import { Link } from "@/i18n/navigation";

/** Links to one page of every municipality (its accessibility statement, privacy page or contact page). */
export function MunicipalityLinkList({ municipalities, page, label }: { municipalities: { slug: string; name: string }[]; page: string; label: (name: string) => string }) {
  return (
    <ul className="mt-4 grid gap-2 sm:grid-cols-2">
      {municipalities.map((m) => (
        <li key={m.slug}>
          <Link href={`/${m.slug}/${page}`}>{label(m.name)}</Link>
        </li>
      ))}
    </ul>
  );
}
