import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readPage, type Page } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";

export async function listMunicipalityNames(ids: string[]) {
  if (ids.length === 0) return [];
  const prisma = await db();
  return prisma.municipality.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } });
}

/** Where the actor may create joint records: municipalities in scope and the police areas covering them. */
export async function jointPartiesForActor(actor: Actor, onlyMunicipalityId?: string) {
  const prisma = await db();
  const municipalities = await prisma.municipality.findMany({
    where: {
      ...(actor.role === "ADMIN" ? {} : { id: { in: actor.municipalityIds } }),
      ...(onlyMunicipalityId && isUuid(onlyMunicipalityId) ? { AND: [{ id: onlyMunicipalityId }] } : {}),
    },
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

/** Municipalities for the administration, a page at a time, with the police area covering each now. */
export async function listMunicipalitiesForAdmin(page: number): Promise<Page<AdminMunicipalityRow>> {
  const prisma = await db();
  const found = await readPage(
    page,
    (window) =>
      prisma.municipality.findMany({
        orderBy: { name: "asc" },
        ...window,
        select: { id: true, name: true, slug: true, code: true, policeAreas: { select: { policeArea: { select: { id: true, name: true } } } } },
      }),
    () => prisma.municipality.count(),
  );
  return { ...found, rows: found.rows.map(({ policeAreas, ...m }) => ({ ...m, policeArea: policeAreas[0]?.policeArea ?? null })) };
}

export interface AdminMunicipalityRow {
  id: string;
  name: string;
  slug: string;
  code: string | null;
  policeArea: { id: string; name: string } | null;
}

/** One municipality with everything the administration edits; null when there is none. */
export async function findMunicipalityForAdmin(actor: Actor, id: string) {
  if (!isUuid(id) || !authorize(actor, "municipality.manage", { type: "system" })) return null;
  const prisma = await db();
  return prisma.municipality.findUnique({ where: { id } });
}

/** Every municipality by name, for choices in the administration (organisations, police areas, the audit log filter). */
export async function municipalityChoices() {
  const prisma = await db();
  return prisma.municipality.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, policeAreas: { select: { policeArea: { select: { id: true, name: true } } } } },
  });
}
