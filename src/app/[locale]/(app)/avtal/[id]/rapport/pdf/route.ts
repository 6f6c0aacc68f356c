import { toLocale } from "@/lib/i18n";
import { reportPdf } from "@/lib/reports/export";
import { notFoundText } from "@/lib/http/not-found";
import { reportForRequest } from "../load";

/** The report as a tagged PDF, for those who may read the agreement. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: raw, id } = await params;
  const locale = toLocale(raw);
  const report = await reportForRequest(request, id);
  if (!report) return notFoundText(locale);
  const pdf = await reportPdf(report, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="rapport-${report.agreement.municipality.slug}-${report.period.key}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
