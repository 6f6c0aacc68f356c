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
