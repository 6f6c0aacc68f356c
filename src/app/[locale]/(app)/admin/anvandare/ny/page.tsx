import type { Metadata } from "next";
import { LinkIssuingForm } from "@/components/admin/link-issuing-form";
import { UserFields } from "@/components/admin/user-form";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize, mayUseAdministration } from "@/lib/auth/permissions";
import { messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { organisationChoicesForUsers } from "@/lib/users/queries";
import { assignableRoles } from "@/lib/users/rules";
import { createUserAction } from "../../actions";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(mayUseAdministration(actor), messages(locale).admin.users.new, locale);
}

type Props = { searchParams: Promise<{ organisation?: string }> };

/** Invite a user: on saving, the one-time link with which they choose their password is shown here, once. */
export default async function NewUserPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const organisations = await organisationChoicesForUsers(actor);
  const preset = (await searchParams).organisation;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">{m.admin.users.new}</h1>
      <LinkIssuingForm
        id="user-form"
        action={createUserAction}
        labels={m.admin.users.fields}
        className="max-w-3xl space-y-4"
        intro={m.admin.users.createdIntro}
        userHrefBase="/admin/anvandare/"
      >
        <UserFields
          organisations={organisations}
          defaultOrganisationId={organisations.some((o) => o.id === preset) ? preset : undefined}
          roles={assignableRoles(actor)}
          mayGrant={authorize(actor, "user.grant", { type: "system" })}
          submitLabel={m.forms.save}
          locale={locale}
        />
      </LinkIssuingForm>
    </>
  );
}
