import { Link } from "@/i18n/navigation";
import type { ActionItemStatus } from "@/generated/prisma/enums";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { ConcernView } from "@/lib/forums/concerns";
import { formatDate } from "@/lib/format/dates";
import { isOverdue } from "@/lib/forums/rules";
import { format, messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { escalateItemAction, updateItemStatusAction } from "@/app/[locale]/(app)/forum/actions";

export interface ItemView {
  id: string;
  version: number;
  forumId: string;
  title: string;
  status: ActionItemStatus;
  dueOn: Date;
  responsibleUserId: string | null;
  responsibleOrganisationId: string | null;
  responsibleUser: { name: string } | null;
  responsibleOrganisation: { name: string } | null;
  escalatedTo: { forum: { id: string; name: string } } | null;
  escalatedFrom: { forum: { id: string; name: string; municipalityId: string; chairId: string | null } } | null;
  /** What the item concerns; the title is null when the reader may not see that record yet. */
  concern: ConcernView | null;
}

/** Action items with who is responsible and by when; those allowed change status or raise them. */
export function ActionItemList({ items, actor, escalateTo, headingLevel = 3 }: { items: ItemView[]; actor: Actor; escalateTo: { name: string } | null; headingLevel?: 3 | 4 }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const today = new Date();
  if (items.length === 0) return <p className="text-muted">{m.forums.noItems}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const mayUpdate = authorize(actor, "actionItem.update", {
          type: "actionItem",
          forumId: item.forumId,
          responsibleUserId: item.responsibleUserId,
          responsibleOrganisationId: item.responsibleOrganisationId,
        });
        const responsible = item.responsibleUser?.name ?? item.responsibleOrganisation?.name ?? "–";
        return (
          <li key={item.id} className="rounded-lg border border-slate-200 p-3">
            <Heading className="font-semibold">{item.title}</Heading>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={item.status === "DONE" ? "success" : item.status === "CANCELLED" ? "neutral" : "info"}>{m.meetings.itemStatus[item.status]}</Badge>
              {isOverdue(item, today) && <Badge tone="danger">{m.meetings.overdue}</Badge>}
              <span>
                {m.meetings.responsible}: {responsible}
              </span>
              <span>{format(locale, m.meetings.due, { date: formatDate(item.dueOn, locale) })}</span>
            </p>
            {item.concern && (
              <p className="text-sm">
                {m.meetings.fields.concerns}: {item.concern.title ?? format(locale, m.meetings.concernsHidden, { kind: m.meetings.concernsKind[item.concern.kind] })}
              </p>
            )}
            {item.escalatedTo && <p className="text-sm">{format(locale, m.meetings.escalatedTo, { forum: item.escalatedTo.forum.name })}</p>}
            {item.escalatedFrom && (
              <p className="text-sm">
                {/* A link only for those who may open the forum it came from (its members); others read its name. */}
                {authorize(actor, "forum.read", { type: "forum", forumId: item.escalatedFrom.forum.id, municipalityId: item.escalatedFrom.forum.municipalityId, chairId: item.escalatedFrom.forum.chairId }) ? (
                  <Link href={`/forum/${item.escalatedFrom.forum.id}`}>{format(locale, m.meetings.escalatedFrom, { forum: item.escalatedFrom.forum.name })}</Link>
                ) : (
                  format(locale, m.meetings.escalatedFrom, { forum: item.escalatedFrom.forum.name })
                )}
              </p>
            )}
            <div className="mt-2 flex flex-wrap items-end gap-3">
              {mayUpdate && (
                <ActionForm action={updateItemStatusAction} id={`status-${item.id}`} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="version" value={item.version} />
                  <SelectField
                    name="status"
                    label={m.meetings.updateStatus}
                    defaultValue={item.status}
                    options={(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const).map((s) => ({ value: s, label: m.meetings.itemStatus[s] }))}
                  />
                  <SubmitButton variant="secondary">
                    {m.forms.save}
                    <span className="sr-only"> {format(locale, m.meetings.saveStatus, { title: item.title })}</span>
                  </SubmitButton>
                </ActionForm>
              )}
              {escalateTo && !item.escalatedTo && (item.status === "OPEN" || item.status === "IN_PROGRESS") && (
                <ActionForm action={escalateItemAction} id={`escalate-${item.id}`}>
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="version" value={item.version} />
                  <SubmitButton variant="secondary" accessibleName={`${format(locale, m.meetings.escalate, { forum: escalateTo.name })}: ${item.title}`}>
                    {format(locale, m.meetings.escalate, { forum: escalateTo.name })}
                  </SubmitButton>
                </ActionForm>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
