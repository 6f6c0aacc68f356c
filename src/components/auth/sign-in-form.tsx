"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormStateProvider, NeedsJavaScript, SubmitButton } from "@/components/forms/action-form";
import { fieldId } from "@/components/forms/field-id";
import { TextField } from "@/components/forms/fields";
import { callbackPathOr } from "@/lib/auth/callback-url";
import { SIGN_IN_ERRORS, ZSignIn } from "@/lib/auth/sign-in-schema";
import { messages, translate } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

type FieldErrors = Partial<Record<"email" | "password", string>>;

const SIGN_IN_FORM_ID = "sign-in";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const locale = usePageLocale();
  const m = messages(locale);
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (formError) alertRef.current?.focus();
  }, [formError]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = ZSignIn.safeParse(data);
    setFormError(null);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof FieldErrors;
        errors[key] ??= translate(locale, issue.message);
      }
      setFieldErrors(errors);
      document.getElementById(fieldId(String(parsed.error.issues[0]!.path[0]), SIGN_IN_FORM_ID))?.focus();
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setFormError(
        result?.error === SIGN_IN_ERRORS.throttled
          ? m.signIn.errors.throttled
          : result?.error === SIGN_IN_ERRORS.invalid
            ? m.signIn.errors.invalid
            : m.signIn.errors.unknown,
      );
      return;
    }
    // Checked again here, whoever rendered the form: only a path on this site.
    router.push(callbackPathOr(callbackUrl));
    router.refresh();
  }

  return (
    <FormStateProvider errors={fieldErrors as Record<string, string>} pending={pending} formId={SIGN_IN_FORM_ID}>
      {/* POST, so that a submit before the page has loaded its script never puts the password in the address. */}
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <NeedsJavaScript />
        {formError && (
          <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{m.signIn.errors.summary}</p>
            <p>{formError}</p>
          </div>
        )}
        <TextField name="email" type="email" autoComplete="username" label={m.signIn.email} />
        <TextField name="password" type="password" autoComplete="current-password" label={m.signIn.password} />
        <SubmitButton pendingLabel={m.signIn.submitting}>{m.signIn.submit}</SubmitButton>
      </form>
    </FormStateProvider>
  );
}
