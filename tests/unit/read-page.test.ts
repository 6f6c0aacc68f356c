import { describe, expect, it, vi } from "vitest";
import { readPage } from "@/lib/pagination/page";

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
