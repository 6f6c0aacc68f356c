import { notFoundText } from "@/lib/http/not-found";
import { toLocale } from "@/lib/i18n";
import { findPublicPromise } from "@/lib/public/promises";
import { renderPromisePdf } from "@/lib/public/promise-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; municipality: string; promise: string }> }) {
  const { locale: raw, municipality, promise } = await params;
  const locale = toLocale(raw);
  const found = await findPublicPromise(municipality, promise);
  if (!found) return notFoundText(locale);
  const pdf = await renderPromisePdf(found, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="medborgarlofte-${found.content.slug}.pdf"`,
    },
  });
}
