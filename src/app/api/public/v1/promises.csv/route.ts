import { parseOpenDataQuery, OPEN_DATA_HEADERS } from "@/lib/public/open-data-request";
import { countryFileResponse } from "@/lib/public/open-data-file";
import { oneBatch, openDataCsv, textStream } from "@/lib/public/open-data-stream";
import { openDataBatches, openDataRows } from "@/lib/public/promises";

const HEADERS = { ...OPEN_DATA_HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="medborgarloften.csv"' };

/**
 * The open data as CSV: one row per activity, the promise's fields repeated. One
 * municipality comes from the cache; the whole country from a file written once per change.
 */
export async function GET(request: Request) {
  const query = parseOpenDataQuery(request);
  if (!query.success) return new Response(query.error.issues[0]!.message, { status: 400 });
  const { municipality } = query.data;
  if (municipality === undefined) return countryFileResponse(request, "csv", () => openDataCsv(openDataBatches()), HEADERS);
  return new Response(textStream(openDataCsv(oneBatch(await openDataRows(municipality)))), { headers: HEADERS });
}
