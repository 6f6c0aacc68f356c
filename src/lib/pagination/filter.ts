import { z } from "zod";
import { isUuid } from "@/lib/validation/ids";

/**
 * What a signed-in list can be narrowed by, read from its address (?q=&kommun=&status=&ar=).
 * Anything malformed is ignored, so a hand-edited address shows the unfiltered list.
 */
export interface ListFilter<S extends string = string> {
  /** Free text, matched case-insensitively against the title (and the municipality's name). */
  q?: string;
  /** A municipality's id. */
  municipalityId?: string;
  /** Text in a municipality's name, typed where there are too many municipalities to list. */
  municipalityName?: string;
  status?: S;
  /** Records whose period includes this year (or, for dialogues, that are held this year). */
  year?: number;
}

type Raw = string | string[] | undefined;
const first = (raw: Raw) => (Array.isArray(raw) ? raw[0] : raw);
/** Text as typed, without control characters (PostgreSQL refuses a NUL), trimmed, at most 100 characters. */
const typed = (raw: Raw) => first(raw)?.replace(/\p{Cc}/gu, "").trim().slice(0, 100);

export function parseListFilter<S extends string>(params: Record<string, Raw>, statuses: readonly S[] = []): ListFilter<S> {
  const q = typed(params.q);
  const kommun = typed(params.kommun);
  const status = statuses.find((s) => s === first(params.status));
  const year = Number(first(params.ar));
  return {
    ...(q ? { q } : {}),
    ...(kommun && isUuid(kommun) ? { municipalityId: kommun } : kommun ? { municipalityName: kommun } : {}),
    ...(status ? { status } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
  };
}

/** The filter as address parameters, for the links to other pages of the same list. */
export function filterParams(filter: ListFilter): Record<string, string | undefined> {
  return { q: filter.q, kommun: filter.municipalityId ?? filter.municipalityName, status: filter.status, ar: filter.year ? String(filter.year) : undefined };
}

/**
 * The filter of the list a form sits under, carried in hidden fields (`list.q`, `list.kommun`,
 * `list.status`, `list.ar`: filterParams of the list's filter) so that saving returns to the list
 * as the reader left it. Other fields are dropped; the values are read again by parseListFilter.
 */
export const listQuery = () =>
  z.object({ q: z.string().max(200), kommun: z.string().max(200), status: z.string().max(40), ar: z.string().max(10) }).partial().optional();

/**
 * The address of a list with the filter a form carried (listQuery), only as far as the list
 * reads it (malformed values are dropped as parseListFilter drops them), and the notice of
 * what was done: "/dialoger?q=Bålsta&ar=2026&notice=saved".
 */
export function listAddress<S extends string>(path: string, carried: z.infer<ReturnType<typeof listQuery>>, notice: string, statuses: readonly S[] = []): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams(parseListFilter(carried ?? {}, statuses)))) if (value) query.set(key, value);
  query.set("notice", notice);
  return `${path}?${query}`;
}

/**
 * Prisma's case-insensitive comparisons are PostgreSQL's ILIKE, with the text as the pattern:
 * %, _ and \ in typed text must match themselves (a trailing \ was an error, a 500).
 */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Rows whose field contains the typed text, in any case. */
export const containsText = (q: string) => ({ contains: literal(q), mode: "insensitive" as const });

/** Rows whose field is the typed text, in any case. */
export const equalsText = (q: string) => ({ equals: literal(q), mode: "insensitive" as const });

/** Rows of the municipality the filter names, by id or by text in its name. */
export function municipalityWhere(filter: ListFilter) {
  if (filter.municipalityId) return { municipalityId: filter.municipalityId };
  if (filter.municipalityName) return { municipality: { name: containsText(filter.municipalityName) } };
  return {};
}

/** Dates within the calendar year, for a date field. */
export function withinYear(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Rows whose period [start, end] overlaps the calendar year. */
export function periodInYear(year: number) {
  return { periodStart: { lte: new Date(Date.UTC(year, 11, 31)) }, periodEnd: { gte: new Date(Date.UTC(year, 0, 1)) } };
}
