import { messages, toLocale } from "@/lib/i18n";
import { promiseFeed } from "@/lib/public/promise-feed";

/** A promise's follow-ups as an Atom feed. Feed readers poll; a few minutes' delay is fine. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; municipality: string; promise: string }> }) {
  const { municipality, promise } = await params;
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
  const xml = await promiseFeed(municipality, promise, origin, toLocale((await params).locale));
  if (!xml) return new Response(messages(toLocale((await params).locale)).errors.notFoundTitle, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
