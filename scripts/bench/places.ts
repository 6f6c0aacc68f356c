// The bench's municipalities, police areas and organisations: 290 municipalities with SCB
// codes spread over the 21 counties (the public start page groups by county), one police
// area covering the first twenty of them, and one area of its own for each of the rest.
import { randomUUID } from "node:crypto";
import { COUNTIES } from "../../src/lib/municipalities/counties";
import type { Rows } from "./rows";

export const MUNICIPALITIES = 290;
/** Municipalities 1..20 share one police area: the bench's police user works there. */
export const LARGE_AREA_SIZE = 20;

export interface Place {
  index: number;
  municipalityId: string;
  slug: string;
  name: string;
  areaId: string;
  departmentOrgId: string;
  policeOrgId: string;
}

const pad = (n: number) => String(n).padStart(3, "0");
export const benchSlug = (i: number) => `benchkommun-${pad(i)}`;

/** A county's two digits and 40–53: unique, and clear of the demo's codes (0305, 0381). */
function scbCode(i: number) {
  const counties = Object.keys(COUNTIES);
  const county = counties[(i - 1) % counties.length]!;
  return `${county}${String(40 + Math.floor((i - 1) / counties.length)).padStart(2, "0")}`;
}

export function addPlaces(rows: Rows, now: Date): Place[] {
  const places: Place[] = [];
  const largeArea = addPoliceArea(rows, now, "lpo-bench-storomrade", "LPO Bench storområde");
  for (let i = 1; i <= MUNICIPALITIES; i++) {
    const municipalityId = randomUUID();
    const name = `Benchkommun ${pad(i)}`;
    rows.add("Municipality", { id: municipalityId, slug: benchSlug(i), name, code: scbCode(i), updatedAt: now });
    const area = i <= LARGE_AREA_SIZE ? largeArea : addPoliceArea(rows, now, `lpo-bench-${pad(i)}`, `LPO ${name}`);
    rows.add("PoliceAreaMunicipality", { policeAreaId: area.id, municipalityId });
    rows.add("PoliceAreaCoverage", { id: randomUUID(), policeAreaId: area.id, municipalityId, startedAt: new Date("2024-01-01") });
    const departmentOrgId = randomUUID();
    rows.add("Organisation", { id: departmentOrgId, kind: "MUNICIPAL_DEPARTMENT", name: "Kommunledningsförvaltningen", municipalityId, policeAreaId: null, updatedAt: now });
    places.push({ index: i, municipalityId, slug: benchSlug(i), name, areaId: area.id, departmentOrgId, policeOrgId: area.orgId });
  }
  return places;
}

function addPoliceArea(rows: Rows, now: Date, slug: string, name: string) {
  const id = randomUUID();
  const orgId = randomUUID();
  rows.add("PoliceArea", { id, slug, name, updatedAt: now });
  rows.add("Organisation", { id: orgId, kind: "POLICE_AREA", name, municipalityId: null, policeAreaId: id, updatedAt: now });
  return { id, orgId };
}
