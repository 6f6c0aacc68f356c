import { parseOpenDataQuery, OPEN_DATA_HEADERS } from "@/lib/public/open-data-request";
import { openDataRows } from "@/lib/public/promises";

/** Open data: published citizen promises with their activity plans and progress, as JSON. */
export async function GET(request: Request) {
  const query = parseOpenDataQuery(request);
  if (!query.success) return Response.json({ error: query.error.issues[0]!.message }, { status: 400 });
  const promises = await openDataRows(query.data.municipality);
  return Response.json({ version: 1, generated_at: new Date().toISOString(), promises }, { headers: OPEN_DATA_HEADERS });
}
