import { z } from "zod";

/** The query both open-data endpoints take: ?municipality=<slug>, optional. */
export const ZOpenDataQuery = z.object({
  municipality: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "municipality must be a municipality slug, e.g. enkoping")
    .optional(),
});

export function parseOpenDataQuery(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return ZOpenDataQuery.safeParse(params);
}

export const OPEN_DATA_HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" };
