import { describe, expect, it, vi } from "vitest";
import { pageNumber, readPage } from "@/lib/pagination/page";

/** A list of `total` numbered rows, read the way Prisma's skip/take reads it. */
const list = (total: number) => {
  const rows = Array.from({ length: total }, (_, i) => i + 1);
  return { read: vi.fn(async ({ skip, take }: { skip: number; take: number }) => rows.slice(skip, skip + take)), count: async () => total };
};

describe("a page of a list", () => {
  it("is the page asked for while it exists", async () => {
    const { read, count } = list(45);
    expect(await readPage(2, read, count, 20)).toEqual({ rows: Array.from({ length: 20 }, (_, i) => i + 21), total: 45, page: 2, pageSize: 20, pageCount: 3 });
    expect(read).toHaveBeenCalledOnce();
  });

  it("is the last page, not an empty one, for an address past the end", async () => {
    const { read, count } = list(45);
    expect(await readPage(4, read, count, 20)).toEqual({ rows: [41, 42, 43, 44, 45], total: 45, page: 3, pageSize: 20, pageCount: 3 });
    expect(await readPage(5, list(0).read, list(0).count, 20)).toEqual({ rows: [], total: 0, page: 1, pageSize: 20, pageCount: 1 });
  });
});

describe("the page number in an address", () => {
  it("is read in decimal digits only, and anything else is the first page", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber(["4", "9"])).toBe(4);
    for (const raw of [undefined, "", "0x6", "6e0", " 6", "6.0", "-2", "abc", "1".repeat(13)]) expect(pageNumber(raw), String(raw)).toBe(1);
    expect(pageNumber("0")).toBe(1);
  });

  it("past every list's end is read as a page past the end, which shows the last page, not the first", async () => {
    expect(pageNumber("100001")).toBe(100_000);
    const { read, count } = list(45);
    const page = await readPage(pageNumber("999999999"), read, count);
    expect(page.page).toBe(page.pageCount);
  });
});
