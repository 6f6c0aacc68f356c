import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { requestLocale } from "@/lib/i18n/server";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  return { title: messages(locale).account.setPassword.doneTitle, robots: { index: false, follow: false } };
}

/** After a new password (with a link, or changed on the account page): every earlier session has ended. */
export default function PasswordSetPage() {
  const locale = usePageLocale();
  const s = messages(locale).account.setPassword;
  return (
    <PageShell>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold text-brand-900">{s.doneTitle}</h1>
        <p className="mt-3">{s.doneBody}</p>
        <p className="mt-6">
          <Link href="/logga-in" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
            {s.signIn}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
