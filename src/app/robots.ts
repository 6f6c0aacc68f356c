import type { MetadataRoute } from "next";
import { readEnv } from "@/lib/env";
import { localePath } from "@/lib/i18n/locale-path";

export default function robots(): MetadataRoute.Robots {
  const base = (readEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const signedIn = ["/oversikt", "/avtal", "/loften", "/dialoger", "/forum", "/logga-in", "/admin", "/konto", "/losenord", "/lagesbild", "/atgardsplaner", "/arbetsgang"];
  return {
    // The signed-in pages in both languages (English under /en).
    rules: { userAgent: "*", allow: "/", disallow: [...signedIn, ...signedIn.map((path) => localePath("en", path)), "/api/auth"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
