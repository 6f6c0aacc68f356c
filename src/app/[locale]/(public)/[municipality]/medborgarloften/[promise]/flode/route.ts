import { notFoundText } from "@/lib/http/not-found";
import { toLocale } from "@/lib/i18n";
import { promiseFeed } from "@/lib/public/promise-feed";

/** A promise's follow-ups as an Atom feed. Feed readers poll; a few minutes' delay is fine. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; municipality: string; promise: string }> }) {
  const { locale: raw, municipality, promise } = await params;
  const locale = toLocale(raw);
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
  const xml = await promiseFeed(municipality, promise, origin, locale);
  if (!xml) return notFoundText(locale);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
