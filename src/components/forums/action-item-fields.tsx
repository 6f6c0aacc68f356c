import { SelectField, TextField, type SelectOption, type SelectOptionGroup } from "@/components/forms/fields";
import type { ConcernOption, ConcernView } from "@/lib/forums/concerns";
import { formatPeriod, toDateInput } from "@/lib/format/dates";
import { format, messages, type Messages, type Locale } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

interface Options {
  users: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  concerns: ConcernOption[];
}

/** An item the meeting already has, shown in the minutes' form with its id so that saving again updates it. */
export interface ExistingItem {
  id: string;
  title: string;
  dueOn: Date;
  responsibleUserId: string | null;
  responsibleOrganisationId: string | null;
  responsibleUser: { name: string } | null;
  responsibleOrganisation: { name: string } | null;
  goalId: string | null;
  promiseId: string | null;
  activityId: string | null;
  concern: ConcernView | null;
}

const concernValue = (item: ExistingItem) =>
  item.goalId ? `goal:${item.goalId}` : item.promiseId ? `promise:${item.promiseId}` : item.activityId ? `activity:${item.activityId}` : "";

function concernLabel(m: Messages, c: ConcernOption, locale: Locale) {
  if (c.kind === "goal") return format(locale, m.meetings.concernGoal, { number: c.number ?? "", title: c.title });
  if (c.kind === "activity") return format(locale, m.meetings.concernActivity, { number: c.number ?? "", title: c.title });
  return `${m.meetings.concernsKind.promise}: ${c.title}`;
}

/** What an item can concern: goals under their agreement (title and period), activities under their promise. */
function concernChoices(m: Messages, concerns: ConcernOption[], locale: Locale): SelectOptionGroup[] {
  const groups: (SelectOptionGroup & { id: string })[] = [];
  for (const c of concerns) {
    if (groups.at(-1)?.id !== c.group.id) {
      groups.push({ id: c.group.id, group: format(locale, m.meetings.concernGroup, { title: c.group.title, period: formatPeriod(c.group.periodStart, c.group.periodEnd, locale) }), options: [] });
    }
    groups.at(-1)!.options.push({ value: c.value, label: concernLabel(m, c, locale) });
  }
  return groups.map(({ group, options }) => ({ group, options }));
}

/** A choice the item already has that the lists no longer offer (a member who left, a draft's goal) stays selectable. */
function keep(choices: SelectOption[], value: string | null, label: string): SelectOption[] {
  return value && !choices.some((c) => c.value === value) ? [{ value, label }] : [];
}

function ItemRow({ i, options, item }: { i: number; options: Options; item?: ExistingItem }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const f = m.meetings.fields;
  const none = { value: "", label: f.none };
  const users = options.users.map((u) => ({ value: u.id, label: u.name }));
  const organisations = options.organisations.map((o) => ({ value: o.id, label: o.name }));
  const concerns = concernChoices(m, options.concerns, locale);
  const current = item ? concernValue(item) : "";
  const offered = concerns.flatMap((g) => g.options);
  const kind = item?.concern?.kind;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-300 p-3 md:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">{format(locale, m.meetings.item, { n: i + 1 })}</legend>
      {item && <input type="hidden" name={`items.${i}.id`} value={item.id} />}
      <TextField name={`items.${i}.title`} label={f.itemTitle} className="md:col-span-2" defaultValue={item?.title} />
      <SelectField
        name={`items.${i}.responsibleUserId`}
        label={f.responsibleUser}
        defaultValue={item?.responsibleUserId}
        options={[none, ...keep(users, item?.responsibleUserId ?? null, item?.responsibleUser?.name ?? m.history.deleted), ...users]}
      />
      <SelectField
        name={`items.${i}.responsibleOrganisationId`}
        label={f.responsibleOrganisation}
        defaultValue={item?.responsibleOrganisationId}
        options={[none, ...keep(organisations, item?.responsibleOrganisationId ?? null, item?.responsibleOrganisation?.name ?? m.history.deleted), ...organisations]}
      />
      <TextField name={`items.${i}.dueOn`} type="date" label={f.dueOn} defaultValue={item ? toDateInput(item.dueOn) : undefined} />
      <SelectField
        name={`items.${i}.concerns`}
        label={f.concerns}
        optional
        defaultValue={current}
        options={[
          none,
          ...keep(
            offered,
            current,
            kind ? (item?.concern?.title ? `${m.meetings.concernsKind[kind]}: ${item.concern.title}` : format(locale, m.meetings.concernsHidden, { kind: m.meetings.concernsKind[kind] })) : m.history.deleted,
          ),
          ...concerns,
        ]}
      />
    </fieldset>
  );
}

/**
 * The items of a meeting form: the meeting's own items first, when it has any (each with its
 * id, so saving again updates them), then empty rows for new ones; rows left empty are not saved.
 */
export function ActionItemFields({ options, existing = [], count = 2 }: { options: Options; existing?: ExistingItem[]; count?: number }) {
  const locale = usePageLocale();
  const m = messages(locale);
  return (
    <>
      {existing.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">{m.meetings.items}</legend>
          {existing.map((item, i) => (
            <ItemRow key={item.id} i={i} options={options} item={item} />
          ))}
        </fieldset>
      )}
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{m.meetings.newItems}</legend>
        <p className="text-sm text-muted">{m.forms.addRowHint}</p>
        {Array.from({ length: count }, (_, n) => (
          <ItemRow key={`new-${n}`} i={existing.length + n} options={options} />
        ))}
      </fieldset>
    </>
  );
}

/** Labels of every item row's fields, for the error summary: `total` rows, existing and new. */
export function actionItemLabels(locale: Locale, total = 2): Record<string, string> {
  const m = messages(locale);
  const f = m.meetings.fields;
  const labels: Record<string, string> = {};
  for (let i = 0; i < total; i++) {
    const n = format(locale, m.meetings.item, { n: i + 1 });
    labels[`items.${i}.title`] = `${n}, ${f.itemTitle}`;
    labels[`items.${i}.responsibleUserId`] = `${n}, ${f.responsibleUser}`;
    labels[`items.${i}.responsibleOrganisationId`] = `${n}, ${f.responsibleOrganisation}`;
    labels[`items.${i}.dueOn`] = `${n}, ${f.dueOn}`;
    labels[`items.${i}.concerns`] = `${n}, ${f.concerns}`;
  }
  return labels;
}
