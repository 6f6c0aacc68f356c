import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { isEditable } from "./publishing";
import { findPromiseForActor } from "./queries";

/** An activity with its promise, if the actor may read the promise. */
export async function findActivityForActor(actor: Actor, promiseId: string, activityId: string) {
  const promise = await findPromiseForActor(actor, promiseId);
  const index = promise?.activities.findIndex((a) => a.id === activityId) ?? -1;
  if (!promise || index < 0) return null;
  return { promise, activity: promise.activities[index]!, number: index + 1 };
}

/** The same, only when the actor may change the activity plan now. */
export async function findEditableActivityForActor(actor: Actor, promiseId: string, activityId: string) {
  const found = await findActivityForActor(actor, promiseId, activityId);
  if (!found || !isEditable(found.promise.status)) return null;
  const { municipalityId, policeAreaId } = found.promise;
  return authorize(actor, "promise.update", { type: "joint", municipalityId, policeAreaId }) ? found : null;
}
