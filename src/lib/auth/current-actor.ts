import "server-only";
import { localePath } from "@/lib/i18n/locale-path";
import { requestLocale } from "@/lib/i18n/server";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { findActor } from "@/lib/users/actor-query";
import type { Actor } from "./actor";
import { sessionClaims, sessionTokenFrom, type SessionClaims } from "./session-token";

/**
 * The actor a session stands for: null without a user, for a deactivated user, and for a
 * session that has ended (signed out, or ended by endSessions) even if its cookie is still
 * unexpired. Every signed-in page, action and route reaches the user through here.
 */
export async function actorForSession(session: Partial<SessionClaims> | null): Promise<Actor | null> {
  const { userId, sessionVersion } = session ?? {};
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return null;
  return findActor(userId, { sessionVersion });
}

/** The signed-in user with their scope, or null. Cached for one request. */
export const currentActor = cache(async (): Promise<Actor | null> =>
  actorForSession(await sessionClaims(sessionTokenFrom((await cookies()).getAll()))),
);

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(localePath(await requestLocale(), "/logga-in"));
  return actor;
}
