import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { callbackPathOr } from "@/lib/auth/callback-url";
import { currentActor } from "@/lib/auth/current-actor";
import { messages } from "@/lib/i18n";
import { inReadersLocale } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).signIn.title };
}

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const locale = await requestLocale();
  // Only paths on this site, so the sign-in page cannot be used to send people elsewhere.
  const callbackUrl = callbackPathOr((await searchParams).callbackUrl);
  if (await currentActor()) redirect(inReadersLocale(locale, callbackUrl));
  const m = messages(locale);
  return (
    <PageShell>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold text-brand-900">{m.signIn.title}</h1>
        <p className="mb-6 mt-2 text-muted">{m.signIn.intro}</p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </PageShell>
  );
}
