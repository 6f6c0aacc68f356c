import { reportCsv } from "@/lib/reports/export";
import { toLocale } from "@/lib/i18n";
import { notFoundText } from "@/lib/http/not-found";
import { reportForRequest } from "../load";

/** The report as CSV (UTF-8 with BOM, formula-like cells neutralised), for those who may read the agreement. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const report = await reportForRequest(request, id);
  if (!report) return notFoundText(toLocale(locale));
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rapport-${report.agreement.municipality.slug}-${report.period.key}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
