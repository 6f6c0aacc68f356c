import { unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * The tags public reads are cached under. Each read is tagged with the whole public site and
 * with what it belongs to: one municipality, or the lists across municipalities. Tags of
 * reads are also carried by the cached pages that made them, so expiring one municipality's
 * tag expires its pages and data and leaves the other 289 municipalities' cached.
 */
export const PUBLIC_CACHE_TAG = "public-content";
export const PUBLIC_INDEX_TAG = "public-index";
export const municipalityTag = (slug: string) => `public-municipality:${slug}`;

const SAFETY_NET_SECONDS = 300;

/** A read of one municipality's public content (its slug first), cached until that municipality changes. */
export function cachedForMunicipality<A extends unknown[], R>(fn: (slug: string, ...rest: A) => Promise<R>, key: string) {
  return (slug: string, ...rest: A): Promise<R> =>
    unstable_cache(fn, [key], { tags: [PUBLIC_CACHE_TAG, municipalityTag(slug)], revalidate: SAFETY_NET_SECONDS })(slug, ...rest);
}

/**
 * Which municipalities there are (slugs and names): changed only by an administrator, whose
 * changes expire everything. Pages check a slug here, so this must not carry a tag that
 * every municipality's changes expire, or every page would be expired with them.
 */
export function cachedDirectory<R>(fn: () => Promise<R>, key: string) {
  return unstable_cache(fn, [key], { tags: [PUBLIC_CACHE_TAG], revalidate: SAFETY_NET_SECONDS });
}

/** A read across municipalities' content (the start page's counts, the sitemap), cached until any of them changes. */
export function cachedIndex<R>(fn: () => Promise<R>, key: string) {
  return unstable_cache(fn, [key], { tags: [PUBLIC_CACHE_TAG, PUBLIC_INDEX_TAG], revalidate: SAFETY_NET_SECONDS });
}

/**
 * Carried by a page that `next build` prerendered without the database (the start page):
 * the page cache never serves such an entry (src/lib/public/isr-cache-handler.mjs, which
 * spells the tag out itself as it is not bundled), so the page is rendered on its first
 * request instead.
 */
export const BUILT_WITHOUT_DATA_TAG = "public-built-without-data";

/** Marks the page being prerendered as built without data (see BUILT_WITHOUT_DATA_TAG). */
const markBuiltWithoutData = unstable_cache(async () => true, ["public-built-without-data"], { tags: [BUILT_WITHOUT_DATA_TAG] });

/**
 * What a cached portal-wide page reads (the start page, the index of contact pages). `next
 * build` prerenders such pages (both languages are known at build time) where there is no
 * database to read: there `empty` is returned and the page is marked as built without data,
 * so the first request renders it with the data and the cache keeps that, as for pages first
 * rendered on request.
 */
export async function readWhenServing<T>(read: () => Promise<T>, empty: T): Promise<T> {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    await markBuiltWithoutData();
    return empty;
  }
  return read();
}
