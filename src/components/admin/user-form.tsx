import { SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import type { Role } from "@/generated/prisma/enums";
import { messages, type Locale } from "@/lib/i18n";

export interface UserValues {
  id: string;
  version: number;
  name: string;
  email: string;
  title: string | null;
  organisationId: string;
  role: Role;
  mayManageUsers: boolean;
}

/**
 * The fields of a user: name, e-mail, title, organisation and role, and (for those who may
 * grant it) the right to manage users. Placed inside an ActionForm or a LinkIssuingForm.
 */
export function UserFields({
  values,
  defaultOrganisationId,
  organisations,
  roles,
  mayGrant,
  submitLabel,
  locale,
}: {
  values?: UserValues;
  /** For a new user: the organisation chosen beforehand (from the organisation's page). */
  defaultOrganisationId?: string;
  organisations: { id: string; label: string }[];
  roles: Role[];
  mayGrant: boolean;
  submitLabel: string;
  locale: Locale;
}) {
  const all = messages(locale);
  const m = all.admin.users;
  const f = m.fields;
  return (
    <>
      {values && <input type="hidden" name="id" value={values.id} />}
      {values && <input type="hidden" name="version" value={values.version} />}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="name" label={f.name} defaultValue={values?.name} autoComplete="off" />
        <TextField name="email" type="email" label={f.email} defaultValue={values?.email} autoComplete="off" />
      </div>
      <TextField name="title" label={f.title} optional defaultValue={values?.title} />
      <SelectField
        name="organisationId"
        label={f.organisationId}
        hint={m.hints.organisationId}
        defaultValue={values?.organisationId ?? defaultOrganisationId ?? (organisations.length === 1 ? organisations[0]!.id : "")}
        options={[{ value: "", label: m.chooseOrganisation }, ...organisations.map((o) => ({ value: o.id, label: o.label }))]}
      />
      <SelectField
        name="role"
        label={f.role}
        hint={mayGrant ? m.hints.role : undefined}
        defaultValue={values?.role ?? "MUNICIPAL_OFFICIAL"}
        options={roles.map((r) => ({ value: r, label: all.role[r] }))}
      />
      {mayGrant && <CheckboxField name="mayManageUsers" label={f.mayManageUsers} defaultChecked={values?.mayManageUsers} />}
      <SubmitButton>{submitLabel}</SubmitButton>
    </>
  );
}
