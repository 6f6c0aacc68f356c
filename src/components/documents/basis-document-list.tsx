import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

interface BasisDocument {
  title: string;
  publisher: string | null;
  year: number | null;
  url: string | null;
}

/** The analyses an agreement or promise rests on. */
export function BasisDocumentList({ documents }: { documents: BasisDocument[] }) {
  const locale = usePageLocale();
  if (documents.length === 0) return null;
  return (
    <section>
      <h2 className="text-2xl font-semibold">{messages(locale).promise.basisDocuments}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {documents.map((d, i) => (
          <li key={`${d.title}-${i}`}>
            {d.url ? <a href={d.url}>{d.title}</a> : d.title}
            {(d.publisher || d.year) && <span className="text-muted"> ({[d.publisher, d.year].filter(Boolean).join(", ")})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
