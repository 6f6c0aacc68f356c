import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function PageShell({ account, children }: { account?: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
