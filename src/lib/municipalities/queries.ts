import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function listMunicipalityNames(ids: string[]) {
  if (ids.length === 0) return [];
  const prisma = await db();
  return prisma.municipality.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } });
}

/** Where the actor may create joint records: municipalities in scope and the police areas covering them. */
export async function jointPartiesForActor(actor: Actor) {
  const prisma = await db();
  const municipalities = await prisma.municipality.findMany({
    where: actor.role === "ADMIN" ? {} : { id: { in: actor.municipalityIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      policeAreas: { select: { policeArea: { select: { id: true, name: true } } } },
    },
  });
  const policeAreas = new Map<string, string>();
  for (const m of municipalities) for (const p of m.policeAreas) policeAreas.set(p.policeArea.id, p.policeArea.name);
  const visibleAreas =
    actor.organisation.kind === "POLICE_AREA" && actor.role !== "ADMIN"
      ? [...policeAreas].filter(([id]) => actor.policeAreaIds.includes(id))
      : [...policeAreas];
  return {
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
    policeAreas: visibleAreas.map(([id, name]) => ({ id, name })),
  };
}


/** Organisations that can be responsible for a promise's activities. */
export async function organisationsFor(municipalityId: string, policeAreaId: string) {
  const prisma = await db();
  return prisma.organisation.findMany({
    where: { OR: [{ municipalityId }, { policeAreaId }] },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
