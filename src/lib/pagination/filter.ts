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
  status?: S;
  /** Records whose period includes this year (or, for dialogues, that are held this year). */
  year?: number;
}

type Raw = string | string[] | undefined;
const first = (raw: Raw) => (Array.isArray(raw) ? raw[0] : raw);

export function parseListFilter<S extends string>(params: Record<string, Raw>, statuses: readonly S[] = []): ListFilter<S> {
  const q = first(params.q)?.trim().slice(0, 100);
  const kommun = first(params.kommun);
  const status = statuses.find((s) => s === first(params.status));
  const year = Number(first(params.ar));
  return {
    ...(q ? { q } : {}),
    ...(kommun && isUuid(kommun) ? { municipalityId: kommun } : {}),
    ...(status ? { status } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
  };
}

/** The filter as address parameters, for the links to other pages of the same list. */
export function filterParams(filter: ListFilter): Record<string, string | undefined> {
  return { q: filter.q, kommun: filter.municipalityId, status: filter.status, ar: filter.year ? String(filter.year) : undefined };
}

/** Prisma's case-insensitive "contains". */
export const containsText = (q: string) => ({ contains: q, mode: "insensitive" as const });

/** Rows whose period [start, end] overlaps the calendar year. */
export function periodInYear(year: number) {
  return { periodStart: { lte: new Date(Date.UTC(year, 11, 31)) }, periodEnd: { gte: new Date(Date.UTC(year, 0, 1)) } };
}

/** More municipalities than this and a form's municipality chooser offers only the one chosen in the list's filter. */
export const CHOOSER_MUNICIPALITIES_MAX = 20;

/**
 * The municipalities a form under a filtered list offers: all of the actor's when they are few,
 * otherwise (an administrator's whole country) only the one chosen in the filter, or none.
 */
export function chooserMunicipalities<M extends { id: string }>(municipalities: M[], filter: ListFilter): M[] {
  if (municipalities.length <= CHOOSER_MUNICIPALITIES_MAX) return municipalities;
  return municipalities.filter((x) => x.id === filter.municipalityId);
}
