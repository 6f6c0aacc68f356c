import { reportCsv } from "@/lib/reports/export";
import { notFoundResponse, reportForRequest } from "../load";

/** The report as CSV (UTF-8 with BOM, formula-like cells neutralised), for those who may read the agreement. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const report = await reportForRequest(request, (await params).id);
  if (!report) return notFoundResponse();
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rapport-${report.agreement.municipality.slug}-${report.period.key}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
