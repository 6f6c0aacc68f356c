import type { MetadataRoute } from "next";
import { readEnv } from "@/lib/env";
import { localePath } from "@/lib/i18n/locale-path";

export default function robots(): MetadataRoute.Robots {
  const base = (readEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const signedIn = ["/oversikt", "/avtal", "/loften", "/dialoger", "/forum", "/logga-in", "/admin", "/konto", "/losenord", "/lagesbild", "/atgardsplaner", "/arbetsgang"];
  // The municipality search (/sok?q=…) has an address per query; the start page lists the same municipalities.
  const kept = [...signedIn, "/sok"];
  return {
    // The signed-in pages and the search in both languages (English under /en).
    rules: { userAgent: "*", allow: "/", disallow: [...kept, ...kept.map((path) => localePath("en", path)), "/api/auth"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
