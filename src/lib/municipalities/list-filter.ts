import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { containsText, equalsText, type ListFilter } from "@/lib/pagination/filter";

type Municipality = { id: string; name: string };

/**
 * More municipalities than this and a list's filter asks for a municipality's name instead of
 * offering every one: an administrator's 290 choices were a third of each list page, in the HTML
 * and again in the page's payload. A form under the list then offers only the municipality named.
 */
export const MUNICIPALITY_CHOICES_MAX = 20;

/**
 * The municipality field of a list's filter, and the filter to read the list with.
 * - `choices`: the actor's municipalities, when they are few, to pick one from.
 * - `search`: the text in the field, when the actor has many. A name that is one municipality's
 *   (exactly, or the only one containing the text) narrows the list to it; otherwise the list
 *   holds every municipality whose name contains the text.
 *   Text that names no municipality, or several, comes with `matches`: how many names hold it and
 *   the first of them, for the field to say which the list shows.
 * `formChoices` are the municipalities a form under the list offers.
 */
export type MunicipalityFilterField<F extends ListFilter = ListFilter> = { filter: F; formChoices: Municipality[] } & (
  | { kind: "choices"; choices: Municipality[] }
  | { kind: "search"; text: string; matches?: { count: number; names: string[] } }
);

/** How many of the municipalities that typed text matches the field names; the rest are counted. */
export const MATCHES_NAMED = 5;

export async function municipalityFilterField<S extends string>(actor: Actor, filter: ListFilter<S>): Promise<MunicipalityFilterField<ListFilter<S>>> {
  const prisma = await db();
  const scope = actor.role === "ADMIN" ? {} : { id: { in: actor.municipalityIds } };
  const select = { id: true, name: true } as const;
  // In Swedish order: the name column's collation is Swedish.
  const choices = await prisma.municipality.findMany({ where: scope, select, orderBy: { name: "asc" }, take: MUNICIPALITY_CHOICES_MAX + 1 });
  if (choices.length <= MUNICIPALITY_CHOICES_MAX) {
    // An id that is none of theirs (an old or hand-edited address) is ignored, as any malformed filter is.
    return { kind: "choices", choices, formChoices: choices, filter: choices.some((x) => x.id === filter.municipalityId) ? filter : withoutMunicipality(filter) };
  }
  const { municipalityId, municipalityName } = filter;
  if (!municipalityId && !municipalityName) return { kind: "search", text: "", formChoices: [], filter };
  const where = (wanted: object) => ({ AND: [scope, wanted] });
  const [exact, containing] = municipalityId
    ? [await prisma.municipality.findFirst({ where: where({ id: municipalityId }), select }), []]
    : await Promise.all([
        // An exact name wins over the names that contain it (Mark, Markaryd).
        prisma.municipality.findFirst({ where: where({ name: equalsText(municipalityName!) }), select }),
        prisma.municipality.findMany({ where: where({ name: containsText(municipalityName!) }), select, orderBy: { name: "asc" }, take: MATCHES_NAMED + 1 }),
      ]);
  const one = exact ?? (containing.length === 1 ? containing[0] : undefined);
  // An id that is none of theirs is ignored, as any malformed filter is.
  if (!one && municipalityId) return { kind: "search", text: "", formChoices: [], filter: withoutMunicipality(filter) };
  if (!one) {
    const count = containing.length > MATCHES_NAMED ? await prisma.municipality.count({ where: where({ name: containsText(municipalityName!) }) }) : containing.length;
    const names = containing.slice(0, MATCHES_NAMED).map((x) => x.name);
    return { kind: "search", text: municipalityName!, formChoices: [], filter, matches: { count, names } };
  }
  return { kind: "search", text: one.name, formChoices: [one], filter: { ...withoutMunicipality(filter), municipalityId: one.id } };
}

function withoutMunicipality<F extends ListFilter>(filter: F): F {
  const rest = { ...filter };
  delete rest.municipalityId;
  delete rest.municipalityName;
  return rest;
}
