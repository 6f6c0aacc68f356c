import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { missingCriteria, type CriterionField } from "@/lib/promises/publishing";

/** Which criteria still lack a description, in the form's words. */
export function MissingCriteria({ promise }: { promise: Record<CriterionField, string> }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const missing = missingCriteria(promise);
  if (missing.length === 0) return null;
  return (
    <p className="mt-2 rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
      {m.promises.criteriaMissing.replace("{list}", missing.map((c) => m.promises.fields[c]).join("; "))}
    </p>
  );
}

