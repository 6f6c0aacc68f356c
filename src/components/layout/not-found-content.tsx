import { Link } from "@/i18n/navigation";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

/** The 404 message; inside a layout that already has the page shell it is shown as is. */
export function NotFoundContent() {
  const locale = usePageLocale();
  const m = messages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{m.errors.notFoundTitle}</h1>
      <p className="mt-3">{m.errors.notFoundBody}</p>
      <p className="mt-6">
        <Link href="/">{m.errors.backHome}</Link>
      </p>
    </>
  );
}
