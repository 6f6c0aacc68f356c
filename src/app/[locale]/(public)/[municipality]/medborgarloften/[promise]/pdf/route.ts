import { messages, toLocale } from "@/lib/i18n";
import { findPublicPromise } from "@/lib/public/promises";
import { renderPromisePdf } from "@/lib/public/promise-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; municipality: string; promise: string }> }) {
  const { municipality, promise } = await params;
  const found = await findPublicPromise(municipality, promise);
  if (!found) return new Response(messages(toLocale((await params).locale)).errors.notFoundTitle, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await renderPromisePdf(found, toLocale((await params).locale));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="medborgarlofte-${found.content.slug}.pdf"`,
    },
  });
}
