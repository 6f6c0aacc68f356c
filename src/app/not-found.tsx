import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";
import { messages } from "@/lib/i18n";

export default function NotFound() {
  const m = messages();
  return (
    <PageShell>
      <h1 className="text-3xl font-bold text-brand-900">{m.errors.notFoundTitle}</h1>
      <p className="mt-3">{m.errors.notFoundBody}</p>
      <p className="mt-6">
        <Link href="/">{m.errors.backHome}</Link>
      </p>
    </PageShell>
  );
}
