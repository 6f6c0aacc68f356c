import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { findActor } from "@/lib/users/actor-query";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/** The signed-in user with their scope, or null. Cached for one request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? findActor(userId) : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/logga-in");
  return actor;
}
