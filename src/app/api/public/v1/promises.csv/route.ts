import { parseOpenDataQuery, OPEN_DATA_HEADERS } from "@/lib/public/open-data-request";
import { promisesAsCsv } from "@/lib/public/open-data-csv";
import { openDataRows } from "@/lib/public/promises";

/** The open data as CSV: one row per activity, the promise's fields repeated. */
export async function GET(request: Request) {
  const query = parseOpenDataQuery(request);
  if (!query.success) return new Response(query.error.issues[0]!.message, { status: 400 });
  const csv = promisesAsCsv(await openDataRows(query.data.municipality));
  return new Response(csv, {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="medborgarloften.csv"' },
  });
}
