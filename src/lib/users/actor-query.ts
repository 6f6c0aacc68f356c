import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/**
 * Loads a user with the scope their organisation and memberships give them; null for a
 * deactivated user. With `sessionVersion` (from a session cookie: currentActor), also null
 * when that session has ended since (src/lib/users/sessions.ts).
 */
export async function findActor(userId: string, options: { sessionVersion?: number } = {}): Promise<Actor | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: {
      organisation: { include: { policeArea: { include: { municipalities: true } } } },
      memberships: { select: { forumId: true } },
      chairedForums: { select: { id: true } },
    },
  });
  if (!user || !user.active) return null;
  if (options.sessionVersion !== undefined && user.sessionVersion !== options.sessionVersion) return null;

  const org = user.organisation;
  const municipalityIds = org.municipalityId
    ? [org.municipalityId]
    : (org.policeArea?.municipalities.map((m) => m.municipalityId) ?? []);

  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    role: user.role,
    locale: user.locale,
    organisation: { id: org.id, name: org.name, kind: org.kind },
    municipalityIds,
    policeAreaIds: org.policeAreaId ? [org.policeAreaId] : [],
    forumIds: user.memberships.map((m) => m.forumId),
    chairedForumIds: user.chairedForums.map((f) => f.id),
    mayManageUsers: user.mayManageUsers,
  };
}

export async function findUserForSignIn(email: string) {
  const prisma = await db();
  return prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true, locale: true },
  });
}
