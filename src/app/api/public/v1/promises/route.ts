import { parseOpenDataQuery, OPEN_DATA_HEADERS } from "@/lib/public/open-data-request";
import { oneBatch, primed, openDataJson, textStream } from "@/lib/public/open-data-stream";
import { openDataBatches, openDataRows } from "@/lib/public/promises";

/**
 * Open data: published citizen promises with their activity plans and progress, as JSON.
 * One municipality comes from the cache; the whole country is streamed in batches.
 */
export async function GET(request: Request) {
  const query = parseOpenDataQuery(request);
  if (!query.success) return Response.json({ error: query.error.issues[0]!.message }, { status: 400 });
  const { municipality } = query.data;
  const batches = municipality === undefined ? await primed(openDataBatches()) : oneBatch(await openDataRows(municipality));
  return new Response(textStream(openDataJson(batches, new Date().toISOString())), {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/json" },
  });
}
