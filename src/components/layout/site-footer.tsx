import { messages } from "@/lib/i18n";

export function SiteFooter() {
  const m = messages();
  return (
    <footer className="no-print mt-auto border-t border-brand-100 bg-brand-50 text-sm text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
        <p>{m.footer.about}</p>
        <p>{m.footer.privacy}</p>
      </div>
    </footer>
  );
}
