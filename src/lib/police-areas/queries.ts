import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";

/** Police areas for the administration, a page at a time, with the municipalities each covers now. */
export async function listPoliceAreasForAdmin(page: number) {
  const prisma = await db();
  const found = await readPage(
    page,
    (window) =>
      prisma.policeArea.findMany({
        orderBy: { name: "asc" },
        ...window,
        select: { id: true, name: true, slug: true, municipalities: { select: { municipality: { select: { name: true } } }, orderBy: { municipality: { name: "asc" } } } },
      }),
    () => prisma.policeArea.count(),
  );
  return { ...found, rows: found.rows.map(({ municipalities, ...a }) => ({ ...a, municipalities: municipalities.map((m) => m.municipality.name) })) };
}

/** A police area with the municipalities it covers now and every period of coverage it has had, newest first. */
export async function findPoliceAreaForAdmin(actor: Actor, id: string) {
  if (!isUuid(id) || !authorize(actor, "policeArea.manage", { type: "system" })) return null;
  const prisma = await db();
  return prisma.policeArea.findUnique({
    where: { id },
    include: {
      municipalities: { select: { municipalityId: true } },
      coverage: { orderBy: [{ startedAt: "desc" }, { id: "asc" }], include: { municipality: { select: { name: true } } } },
    },
  });
}

/** Every police area by name, for choices in the administration. */
export async function policeAreaChoices() {
  const prisma = await db();
  return prisma.policeArea.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
