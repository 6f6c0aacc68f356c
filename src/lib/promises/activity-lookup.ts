import type { Actor } from "@/lib/auth/actor";
import { findPromiseForActor } from "./queries";

/** An activity with its promise, if the actor may read the promise. */
export async function findActivityForActor(actor: Actor, promiseId: string, activityId: string) {
  const promise = await findPromiseForActor(actor, promiseId);
  const index = promise?.activities.findIndex((a) => a.id === activityId) ?? -1;
  if (!promise || index < 0) return null;
  return { promise, activity: promise.activities[index]!, number: index + 1 };
}
