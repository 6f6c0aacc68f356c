import type { Metadata } from "next";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { listOwnActivity } from "@/lib/audit/log";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { requireActor } from "@/lib/auth/current-actor";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { oncePerRequest } from "@/lib/pagination/once-per-request";
import { pagedTitle, pageNumber } from "@/lib/pagination/page";
import { LOCALES } from "@/lib/users/schemas";
import { changeLocaleAction, changePasswordAction } from "./actions";

type Params = { sida?: string };
type Props = { searchParams: Promise<Params> };

/** The page of the user's own actions the address asks for, read once a request (the title names the page shown). */
const readOwnActivity = oncePerRequest(async ({ sida }: Params) => listOwnActivity(await requireActor(), pageNumber(sida), await requestLocale()));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const { sida } = await searchParams;
  return { title: pagedTitle(locale, messages(locale).account.title, (await readOwnActivity({ sida })).page) };
}

/** Every user's own account: password, language and their recent activity from the audit log. */
export default async function AccountPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const actor = await requireActor();
  const m = messages(locale);
  const a = m.account;
  const activity = await readOwnActivity({ sida: (await searchParams).sida });
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{a.title}</h1>
      <p className="mt-2 max-w-2xl text-muted">{a.intro}</p>

      <section aria-labelledby="change-password" className="mt-8 max-w-xl">
        <h2 id="change-password" className="text-2xl font-semibold">
          {a.password.title}
        </h2>
        <p className="mb-4 mt-1 text-muted">{format(locale, a.password.intro, { min: MIN_PASSWORD_LENGTH })}</p>
        <ActionForm
          id="password-form"
          action={changePasswordAction}
          labels={{ currentPassword: a.password.current, password: a.password.new, passwordRepeat: a.password.repeat }}
          className="space-y-4"
        >
          {/* Lets password managers know whose password this is. */}
          <input type="text" name="username" autoComplete="username" value={actor.email} readOnly hidden />
          <TextField name="currentPassword" type="password" label={a.password.current} autoComplete="current-password" />
          <TextField name="password" type="password" label={a.password.new} autoComplete="new-password" />
          <TextField name="passwordRepeat" type="password" label={a.password.repeat} autoComplete="new-password" />
          <SubmitButton>{a.password.submit}</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="choose-locale" className="mt-10 max-w-xl">
        <h2 id="choose-locale" className="text-2xl font-semibold">
          {a.locale.title}
        </h2>
        <p className="mb-4 mt-1 text-muted">{a.locale.intro}</p>
        <ActionForm id="locale-form" action={changeLocaleAction} labels={{ locale: a.locale.label }} className="space-y-4">
          {/* Keyed by the stored language, so that after saving the choice shows what is stored. */}
          <SelectField key={actor.locale} name="locale" label={a.locale.label} defaultValue={actor.locale} options={LOCALES.map((l) => ({ value: l, label: a.locale[l] }))} />
          <SubmitButton>{m.forms.save}</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="own-activity" className="mt-10">
        <h2 id="own-activity" className="text-2xl font-semibold">
          {a.activity.title}
        </h2>
        <p className="mb-4 mt-1 text-muted">{a.activity.intro}</p>
        {activity.rows.length === 0 ? (
          <p>{a.activity.none}</p>
        ) : (
          <AuditLogTable rows={activity.rows} caption={a.activity.caption} showWho={false} locale={locale} />
        )}
        <Pagination {...activity} locale={locale} href={(page) => pageHref("/konto", {}, page)} />
      </section>
    </>
  );
}
