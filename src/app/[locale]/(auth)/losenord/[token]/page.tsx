import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { ActionForm, NeedsJavaScript, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { formatDateTime } from "@/lib/format/dates";
import { format, messages, translate } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/server";
import { inspectPasswordLink } from "@/lib/users/password-links";
import { setPasswordAction } from "../actions";

// The address holds a secret: never indexed, never cached, never sent on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).account.setPassword.title, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }> };

/** Where a one-time link leads: the user chooses their password, or learns why the link cannot be used. */
export default async function SetPasswordPage({ params }: Props) {
  const locale = await requestLocale();
  const { token } = await params;
  const m = messages(locale);
  const s = m.account.setPassword;
  const link = await inspectPasswordLink(token);
  return (
    <PageShell>
      <div className="mx-auto max-w-md">
        {link.problem ? (
          <>
            <h1 className="text-3xl font-bold text-brand-900">{s.unusableTitle}</h1>
            <p className="mt-3">{translate(locale, `account.errors.${link.problem}`)}</p>
            <p className="mt-6">
              <Link href="/logga-in">{s.signIn}</Link>
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold text-brand-900">{s.title}</h1>
            <p className="mt-2 break-words text-muted">
              {format(locale, link.purpose === "RESET" ? s.resetIntro : s.intro, { name: link.name, email: link.email, min: MIN_PASSWORD_LENGTH })}
            </p>
            <p className="mb-6 mt-2 text-sm text-muted">{format(locale, s.expires, { at: formatDateTime(link.expiresAt, locale) })}</p>
            <NeedsJavaScript />
            <ActionForm
              id="set-password-form"
              action={setPasswordAction}
              labels={{ password: m.account.password.new, passwordRepeat: m.account.password.repeat }}
              className="space-y-4"
            >
              <input type="hidden" name="token" value={token} />
              <input type="text" name="username" autoComplete="username" value={link.email} readOnly hidden />
              <TextField name="password" type="password" label={m.account.password.new} autoComplete="new-password" />
              <TextField name="passwordRepeat" type="password" label={m.account.password.repeat} autoComplete="new-password" />
              <SubmitButton>{s.submit}</SubmitButton>
            </ActionForm>
          </>
        )}
      </div>
    </PageShell>
  );
}
