import type { Party } from "@/generated/prisma/enums";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

/** Who signed for each party. */
export function SignatoryList({ signatories }: { signatories: { name: string; title: string; party: Party }[] }) {
  const locale = usePageLocale();
  if (signatories.length === 0) return null;
  const m = messages(locale);
  return (
    <section>
      <h2 className="text-2xl font-semibold">{m.promise.signatories}</h2>
      <ul className="mt-2 space-y-1">
        {signatories.map((s, i) => (
          <li key={`${s.name}-${i}`}>
            <span className="font-medium">{s.name}</span>, {s.title} ({m.party[s.party]})
          </li>
        ))}
      </ul>
    </section>
  );
}
