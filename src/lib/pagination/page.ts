/** Every list in the portal shows this many rows a page, with the total count. */
export const PAGE_SIZE = 50;

export interface Page<T> {
  rows: T[];
  /** Rows in the whole list, across pages. */
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  pageCount: number;
}

/** The page number from an address (?sida=3): anything malformed or out of range is page 1. */
export function pageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** skip/take for Prisma. */
export function pageWindow(page: number, pageSize = PAGE_SIZE) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function toPage<T>(rows: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * One page of a list with the list's total, read together. An address past the end (a bookmark
 * to a list that has shrunk since, or a number typed into the address) gets the last page,
 * read once more, instead of an empty page that says there is nothing.
 */
export async function readPage<T>(
  page: number,
  read: (window: { skip: number; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
  pageSize = PAGE_SIZE,
): Promise<Page<T>> {
  const [rows, total] = await Promise.all([read(pageWindow(page, pageSize)), count()]);
  const shown = toPage(rows, total, page, pageSize);
  if (page <= shown.pageCount) return shown;
  return toPage(await read(pageWindow(shown.pageCount, pageSize)), total, shown.pageCount, pageSize);
}
