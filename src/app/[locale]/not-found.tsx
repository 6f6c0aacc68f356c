import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageShell } from "@/components/layout/page-shell";

/** An address no route matches: only the root layout is around it, so it brings the shell. */
export default function NotFound() {
  return (
    <PageShell>
      <NotFoundContent />
    </PageShell>
  );
}
