import { db } from "@/lib/db";

export async function listMunicipalityNames(ids: string[]) {
  if (ids.length === 0) return [];
  const prisma = await db();
  return prisma.municipality.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } });
}
