import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLIC_CACHE_TAG } from "./promises";

/**
 * Called by server actions when what the public reads has changed (a publication, an
 * adoption, a status change, a follow-up figure, an announced dialogue): expires the cached
 * public pages and the cached public data at once, so the next visitor sees the change.
 */
export function revalidatePublic() {
  updateTag(PUBLIC_CACHE_TAG);
  revalidatePath("/", "layout");
}
