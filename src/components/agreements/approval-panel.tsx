import type { Party } from "@/generated/prisma/enums";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

interface ApprovalView {
  id: string;
  party: Party;
  subjectVersion: number;
  approvedAt: Date;
  withdrawnAt: Date | null;
  user: { name: string; organisation: { name: string } };
}

interface Props {
  /** The agreement or promise being approved, at the version on screen. */
  agreement: { id: string; version: number };
  approvals: ApprovalView[];
  /** The actor's party when they may approve now, else null. */
  canApproveAs: Party | null;
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  /** What approving leads to, for this kind of record. */
  intro: string;
}

export function ApprovalPanel({ agreement, approvals, canApproveAs, action, intro }: Props) {
  const locale = usePageLocale();
  const m = messages(locale);
  const a = m.agreements.approvals;
  const standing = (party: Party) => approvals.find((x) => x.party === party && !x.withdrawnAt && x.subjectVersion <= agreement.version);
  const withdrawn = approvals.filter((x) => x.withdrawnAt);
  return (
    <section aria-labelledby="approvals" className="rounded-lg border border-brand-100 bg-brand-50/50 p-4">
      <h2 id="approvals" className="text-xl font-semibold">
        {a.title}
      </h2>
      <p className="mt-1 text-sm text-muted">{intro}</p>
      <dl className="mt-3 space-y-2">
        {(["MUNICIPALITY", "POLICE"] as const).map((party) => {
          const approval = standing(party);
          return (
            <div key={party}>
              <dt className="font-semibold">{m.party[party]}</dt>
              <dd>
                {approval
                  ? format(locale, a.approvedBy, { name: approval.user.name, organisation: approval.user.organisation.name, at: formatDateTime(approval.approvedAt, locale) })
                  : a.missing}
              </dd>
            </div>
          );
        })}
      </dl>
      {withdrawn.length > 0 && (
        <ul className="mt-3 list-disc pl-6 text-sm text-muted">
          {withdrawn.map((w) => (
            <li key={w.id}>{format(locale, a.withdrawn, { name: w.user.name, at: formatDateTime(w.withdrawnAt!, locale) })}</li>
          ))}
        </ul>
      )}
      {canApproveAs && (
        <ActionForm action={action} id="approve" className="mt-4">
          <input type="hidden" name="id" value={agreement.id} />
          <input type="hidden" name="version" value={agreement.version} />
          <SubmitButton>{format(locale, a.approve, { party: m.party[canApproveAs].toLowerCase() })}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
