import { parseOpenDataQuery, OPEN_DATA_HEADERS } from "@/lib/public/open-data-request";
import { oneBatch, primed, openDataCsv, textStream } from "@/lib/public/open-data-stream";
import { openDataBatches, openDataRows } from "@/lib/public/promises";

/**
 * The open data as CSV: one row per activity, the promise's fields repeated. One
 * municipality comes from the cache; the whole country is streamed in batches.
 */
export async function GET(request: Request) {
  const query = parseOpenDataQuery(request);
  if (!query.success) return new Response(query.error.issues[0]!.message, { status: 400 });
  const { municipality } = query.data;
  const batches = municipality === undefined ? await primed(openDataBatches()) : oneBatch(await openDataRows(municipality));
  return new Response(textStream(openDataCsv(batches)), {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="medborgarloften.csv"' },
  });
}
