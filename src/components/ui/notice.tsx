import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { FocusOnMount } from "./focus-on-mount";

/**
 * A confirmation shown after an action that redirected, e.g. ?notice=adopted: the form
 * that did it may no longer be on the page, so the page itself announces the outcome.
 */
export function Notice({ code }: { code: string | undefined }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const known: Record<string, string> = {
    adopted: m.agreements.approvals.adopted,
    approved: m.agreements.approvals.recorded,
    saved: m.forms.saved,
    created: m.agreements.created,
    promiseCreated: m.promises.created,
    activityAdded: m.activities.added,
    published: m.promises.approvals.published,
    municipalityCreated: m.admin.municipalities.created,
    policeAreaCreated: m.admin.policeAreas.created,
    organisationCreated: m.admin.organisations.created,
    deactivated: m.admin.users.deactivated,
    reactivated: m.admin.users.reactivated,
    analysisCreated: m.cycle.analyses.created,
    planCreated: m.cycle.plans.created,
    planAdopted: m.cycle.plans.adoptedNotice,
  };
  const text = code ? known[code] : undefined;
  if (!text) return null;
  return (
    <FocusOnMount className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{text}</FocusOnMount>
  );
}
