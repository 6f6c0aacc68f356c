import { format, messages, type Locale } from "@/lib/i18n";

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

/** No list has more pages than this; a larger number is read as a page past the end. */
const LAST_PAGE_ASKED = 100_000;

/**
 * The page number from an address (?sida=3), in decimal digits only (not "0x6" or "6e0"):
 * anything malformed is page 1, and a number past every list's end is that of the last page
 * (readPage shows a list's last page for it).
 */
export function pageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,12}$/.test(value)) return 1;
  return Math.min(Math.max(Number(value), 1), LAST_PAGE_ASKED);
}

/**
 * A list's document title, with the number of the page shown on every page after the first
 * ("Medborgarlöften – sida 2"): each page is its own address, and a reader of tabs, history or
 * bookmarks, or a screen reader announcing the title, can tell them apart. `page` is the page
 * the list shows (readPage's), not the one asked for: ?sida=999 on a list of 12 pages shows
 * and names page 12, and a malformed number page 1.
 */
export function pagedTitle(locale: Locale, title: string, page: number): string {
  return page > 1 ? format(locale, messages(locale).pagination.documentTitle, { title, page }) : title;
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
