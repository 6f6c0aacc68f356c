import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { LinkIssuingForm } from "@/components/admin/link-issuing-form";
import { UserFields } from "@/components/admin/user-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Notice } from "@/components/ui/notice";
import { requireActor } from "@/lib/auth/current-actor";
import { authorize } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { findUserForAdmin, organisationChoicesForUsers } from "@/lib/users/queries";
import { assignableRoles } from "@/lib/users/rules";
import { deactivateUserAction, reactivateUserAction, resetPasswordAction, updateUserAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).admin.users.title };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function EditUserPage({ params, searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const user = await findUserForAdmin(actor, (await params).id);
  if (!user) notFound();
  const m = messages(locale);
  const u = m.admin.users;
  const organisations = await organisationChoicesForUsers(actor);
  const roles = assignableRoles(actor);
  // The user's own organisation and role stay choosable, even where the actor could not choose them for someone new.
  const organisationChoices = organisations.some((o) => o.id === user.organisationId)
    ? organisations
    : [{ id: user.organisationId, label: user.organisation.name }, ...organisations];
  const ref = (
    <>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p className="text-sm">
        <Link href="/admin/anvandare">{u.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{format(locale, u.edit, { name: user.name })}</h1>
      {!user.active && <p className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-950">{u.inactiveNotice}</p>}
      <div className="mt-6">
        <ActionForm id="user-form" action={updateUserAction} labels={u.fields} className="max-w-3xl space-y-4">
          <UserFields
            values={user}
            organisations={organisationChoices}
            roles={roles.includes(user.role) ? roles : [user.role, ...roles]}
            mayGrant={authorize(actor, "user.grant", { type: "system" })}
            submitLabel={m.forms.save}
            locale={locale}
          />
        </ActionForm>
      </div>

      {user.active && (
        <section aria-labelledby="password-link" className="mt-10 max-w-3xl">
          <h2 id="password-link" className="text-2xl font-semibold">
            {u.link.reset}
          </h2>
          <p className="mb-3 mt-1 text-muted">{u.link.resetIntro}</p>
          {user.openLink && <p className="mb-3">{format(locale, u.link.open, { at: formatDateTime(user.openLink.expiresAt, locale) })}</p>}
          <LinkIssuingForm id="password-reset-form" action={resetPasswordAction} intro={u.link.created}>
            {ref}
            <SubmitButton variant="secondary">{u.link.reset}</SubmitButton>
          </LinkIssuingForm>
        </section>
      )}

      <section aria-labelledby="account-status" className="mt-10 max-w-3xl">
        <h2 id="account-status" className="text-2xl font-semibold">
          {user.active ? u.deactivate : u.reactivate}
        </h2>
        <p className="mb-3 mt-1 text-muted">{user.active ? u.deactivateIntro : u.reactivateIntro}</p>
        {user.active ? (
          <ActionForm id="deactivate-form" action={deactivateUserAction}>
            {ref}
            <SubmitButton variant="danger">{u.deactivate}</SubmitButton>
          </ActionForm>
        ) : (
          <ActionForm id="reactivate-form" action={reactivateUserAction}>
            {ref}
            <SubmitButton variant="secondary">{u.reactivate}</SubmitButton>
          </ActionForm>
        )}
      </section>
    </>
  );
}
