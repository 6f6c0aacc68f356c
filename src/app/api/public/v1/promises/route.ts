import { parseOpenDataQuery, OPEN_DATA_HEADERS } from "@/lib/public/open-data-request";
import { countryFileResponse } from "@/lib/public/open-data-file";
import { oneBatch, openDataJson, textStream } from "@/lib/public/open-data-stream";
import { openDataBatches, openDataRows } from "@/lib/public/promises";

const HEADERS = { ...OPEN_DATA_HEADERS, "Content-Type": "application/json" };

/**
 * Open data: published citizen promises with their activity plans and progress, as JSON.
 * One municipality comes from the cache; the whole country from a file written once per change.
 */
export async function GET(request: Request) {
  const query = parseOpenDataQuery(request);
  if (!query.success) return Response.json({ error: query.error.issues[0]!.message }, { status: 400 });
  const { municipality } = query.data;
  if (municipality === undefined) return countryFileResponse(request, "json", () => openDataJson(openDataBatches(), new Date().toISOString()), HEADERS);
  return new Response(textStream(openDataJson(oneBatch(await openDataRows(municipality)), new Date().toISOString())), { headers: HEADERS });
}
