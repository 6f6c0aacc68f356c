import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Called when what the public reads has changed (a publication, a status change, a
 * follow-up figure), so no cached public page outlives the change.
 */
export function revalidatePublicPromises() {
  revalidatePath("/", "layout");
}
