import type { MetadataRoute } from "next";
import { readEnv } from "@/lib/env";
import { localePath } from "@/lib/i18n/locale-path";
import { listPublicActionPlanRefs } from "@/lib/public/action-plans";
import { listPublicAgreementRefs } from "@/lib/public/agreements";
import { listPublicMunicipalities } from "@/lib/public/promises";

// Read at request time from the public modules only: drafts cannot reach it.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = (readEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const [municipalities, agreements, plans] = await Promise.all([listPublicMunicipalities(), listPublicAgreementRefs(), listPublicActionPlanRefs()]);
  const entries: MetadataRoute.Sitemap = [
    { url: `${base}/` },
    ...["tillganglighet", "integritet", "kontakt"].map((page) => ({ url: `${base}/${page}` })),
    ...municipalities.flatMap((m) => [
      { url: `${base}/${m.slug}` },
      { url: `${base}/${m.slug}/medborgarloften` },
      { url: `${base}/${m.slug}/samverkansavtal` },
      { url: `${base}/${m.slug}/tillganglighet` },
      { url: `${base}/${m.slug}/integritet` },
      { url: `${base}/${m.slug}/kontakt` },
      ...m.promises.map((p) => ({ url: `${base}/${m.slug}/medborgarloften/${p.slug}` })),
    ]),
    ...agreements.map((a) => ({ url: `${base}/${a.municipality.slug}/samverkansavtal/${a.id}`, lastModified: a.updatedAt })),
    ...plans.map((p) => ({ url: `${base}/${p.agreement.municipality.slug}/atgardsplan/${p.id}`, lastModified: p.updatedAt })),
  ];
  // Each page also in English, at the same address under /en.
  return entries.map((entry) => ({ ...entry, alternates: { languages: { sv: entry.url, en: english(base, entry.url) } } }));
}

function english(base: string, url: string): string {
  const path = url.slice(base.length) || "/";
  return `${base}${localePath("en", path)}`;
}
