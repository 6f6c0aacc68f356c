import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { hasPermission } from "@/lib/auth/permissions";
import { cycleMunicipalities } from "@/lib/cycle/queries";
import { messages } from "@/lib/i18n";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { titleUnlessRefused } from "@/lib/pages/refused-title";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const actor = await requireActor();
  return titleUnlessRefused(hasPermission(actor.role, "cycle.write"), messages(locale).cycle.title, locale);
}

export default async function CyclePage() {
  const locale = await requestLocale();
  const actor = await requireActor();
  if (!hasPermission(actor.role, "cycle.write")) notFound();
  const municipalities = await cycleMunicipalities(actor);
  if (municipalities.length === 1) redirect(localePath(locale, `/arbetsgang/${municipalities[0]!.slug}`));
  const m = messages(locale);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{m.cycle.title}</h1>
      <p className="mt-2 max-w-3xl">{m.cycle.intro}</p>
      <h2 className="mt-6 text-xl font-semibold">{m.cycle.chooseMunicipality}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {municipalities.map((x) => (<li key={x.id}><Link href={`/arbetsgang/${x.slug}`}>{x.name}</Link></li>))}
      </ul>
      <p className="mt-6"><Link href="/lagesbild">{m.cycle.analyses.title}</Link></p>
    </>
  );
}
