import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { database } from "@/lib/db";
import { PUBLIC_CACHE_TAG } from "./promises";

/** The PostgreSQL channel every instance listens on (src/lib/public/cache-invalidation.mjs). */
const CHANNEL = "portal_public_cache";
/** Next's own tag for revalidatePath("/", "layout"): every page under the root layout. */
const ALL_PAGES_TAG = "_N_T_/layout";

/**
 * Called by server actions when what the public reads has changed (a publication, an
 * adoption, a status change, a follow-up figure, an announced dialogue): expires the cached
 * public pages and the cached public data at once, so the next visitor sees the change, on
 * this instance and, through PostgreSQL NOTIFY, on every other instance of the deployment.
 */
export function revalidatePublic() {
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
