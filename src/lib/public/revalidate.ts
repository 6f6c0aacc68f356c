import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { database } from "@/lib/db";
import { municipalityTag, PUBLIC_CACHE_TAG, PUBLIC_INDEX_TAG } from "./cache-tags";
import { changedMunicipalitySlug, type PublicChange } from "./changed-municipality";

export type { PublicChange };

/** The PostgreSQL channel every instance listens on (src/lib/public/cache-invalidation.mjs). */
const CHANNEL = "portal_public_cache";
/** Next's own tag for revalidatePath("/", "layout"): every page under the root layout. */
const ALL_PAGES_TAG = "_N_T_/layout";

/**
 * Called by server actions when what the public reads has changed (a publication, an
 * adoption, a status change, a follow-up figure, an announced dialogue). A change to one
 * municipality's records expires that municipality's cached pages and data and the lists
 * across municipalities; "everything" (a police area, a renamed municipality) expires the
 * whole public site. On this instance at once and, through PostgreSQL NOTIFY, on every other
 * instance of the deployment.
 */
export async function revalidatePublic(change: PublicChange | "everything") {
  const slug = change === "everything" ? null : await changedMunicipalitySlug(change);
  if (slug) {
    const tags = [municipalityTag(slug), PUBLIC_INDEX_TAG];
    for (const tag of tags) updateTag(tag);
    void tellOtherInstances(tags);
    return;
  }
  updateTag(PUBLIC_CACHE_TAG);
  revalidatePath("/", "layout");
  void tellOtherInstances([PUBLIC_CACHE_TAG, ALL_PAGES_TAG]);
}

/** NOTIFY is sent on commit of its own statement: the change it announces is committed already. */
async function tellOtherInstances(tags: string[]) {
  try {
    const db = await database();
    if (db.kind !== "postgresql") return;
    await db.sql.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ from: process.env.PORTAL_INSTANCE_ID ?? null, tags })]);
  } catch (error) {
    // The five-minute safety net still holds; say so rather than fail the action.
    console.error("Could not tell other instances to expire public pages:", error);
  }
}
