import { z } from "zod";
import type { PromiseFilter } from "./promises";

const ZFilter = z.object({
  status: z.enum(["PUBLISHED", "COMPLETED"]).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  place: z.string().trim().max(200).optional().catch(undefined),
});

/** Reads the public list's filter from the address; anything unknown is ignored. */
export function parsePromiseFilter(params: Record<string, string | string[] | undefined>): PromiseFilter {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return ZFilter.parse(single);
}
