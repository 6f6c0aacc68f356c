import "server-only";
import type { AccessibilityCompliance } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { cachedDirectory, cachedForMunicipality, readWhenServing } from "./cache-tags";

/**
 * What the public accessibility statement, privacy page and contact page of a municipality
 * say that varies per municipality: its contact details, the responsible roles, and the
 * statement's compliance level, known issues and dates. Cached under the public tag like
 * every public read; the administration's saves expire it (src/lib/public/revalidate.ts).
 * Dates are YYYY-MM-DD strings: the cache keeps only what JSON keeps.
 */
export interface MunicipalityInfo {
  slug: string;
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  contactRoles: string[];
  privacyContactEmail: string | null;
  accessibilityCompliance: AccessibilityCompliance;
  accessibilityIssues: string;
  accessibilityTestedOn: string | null;
  accessibilityUpdatedOn: string | null;
  policeAreas: string[];
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

async function loadInfo(slug: string): Promise<MunicipalityInfo | null> {
  const prisma = await db();
  const m = await prisma.municipality.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      contactEmail: true,
      contactPhone: true,
      contactRoles: true,
      privacyContactEmail: true,
      accessibilityCompliance: true,
      accessibilityIssues: true,
      accessibilityTestedOn: true,
      accessibilityUpdatedOn: true,
      policeAreas: { select: { policeArea: { select: { name: true } } } },
    },
  });
  if (!m) return null;
  return {
    ...m,
    contactRoles: m.contactRoles
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    accessibilityTestedOn: day(m.accessibilityTestedOn),
    accessibilityUpdatedOn: day(m.accessibilityUpdatedOn),
    policeAreas: m.policeAreas.map((p) => p.policeArea.name),
  };
}

const cachedInfo = cachedForMunicipality(loadInfo, "public-municipality-info");

/** Every municipality's slug and name, for the portal-wide pages that lead to each municipality's. */
export const listMunicipalityLinks = cachedDirectory(
  // In Swedish order (Åre before Älvkarleby): the name column's collation is Swedish.
  async () => (await db()).municipality.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  "public-municipality-links",
);

/** Every municipality's slug and name as a cached portal-wide page reads them (see readWhenServing). */
export const municipalityLinksForPage = () => readWhenServing(listMunicipalityLinks, [] as { slug: string; name: string }[]);

/** A municipality's public information; an unknown slug is answered without a cache entry of its own. */
export async function findMunicipalityInfo(slug: string): Promise<MunicipalityInfo | null> {
  if (!(await listMunicipalityLinks()).some((m) => m.slug === slug)) return null;
  return cachedInfo(slug);
}
