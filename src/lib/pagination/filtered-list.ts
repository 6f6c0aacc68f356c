import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { municipalityFilterField } from "@/lib/municipalities/list-filter";
import { parseListFilter, type ListFilter } from "./filter";
import { oncePerRequest } from "./once-per-request";
import { pageNumber, type Page } from "./page";

type Params = Record<string, string | string[] | undefined>;

/**
 * A signed-in list page's read of its address (?q=&kommun=&status=&ar=&sida=): the
 * municipality field of its filter and the page of the list shown, once a request, so that
 * the page's generateMetadata names the page shown as the page renders it.
 */
export function filteredListOfAddress<S extends string, T>(statuses: readonly S[], read: (actor: Actor, filter: ListFilter<S>, page: number) => Promise<Page<T>>) {
  return oncePerRequest(async (params: Params) => {
    const actor = await requireActor();
    const municipality = await municipalityFilterField(actor, parseListFilter(params, statuses));
    return { municipality, list: await read(actor, municipality.filter, pageNumber(params.sida)) };
  });
}
