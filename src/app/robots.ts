import type { MetadataRoute } from "next";
import { readEnv } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  const base = (readEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/oversikt", "/avtal", "/loften", "/dialoger", "/logga-in", "/api/auth", "/admin", "/konto", "/losenord", "/lagesbild", "/atgardsplaner", "/arbetsgang"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
