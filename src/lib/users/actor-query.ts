import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";

type ActorRow = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  role: Actor["role"];
  locale: string;
  active: boolean;
  sessionVersion: number;
  mayManageUsers: boolean;
  organisationId: string;
  organisationName: string;
  organisationKind: Actor["organisation"]["kind"];
  municipalityId: string | null;
  policeAreaId: string | null;
  areaMunicipalityIds: string[];
  forumIds: string[];
  chairedForumIds: string[];
};

/**
 * Loads a user with the scope their organisation and memberships give them; null for a
 * deactivated user. With `sessionVersion` (from a session cookie: currentActor), also null
 * when that session has ended since (src/lib/users/sessions.ts).
 *
 * Every signed-in request starts here, so it is one statement: the nested include it
 * replaces sent six, one after the other.
 */
export async function findActor(userId: string, options: { sessionVersion?: number } = {}): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  const prisma = await db();
  const [user] = await prisma.$queryRaw<ActorRow[]>`
    SELECT u.id::text, u.name, u.email, u.title, u.role::text AS role, u.locale, u.active,
           u."sessionVersion", u."mayManageUsers",
           o.id::text AS "organisationId", o.name AS "organisationName", o.kind::text AS "organisationKind",
           o."municipalityId"::text AS "municipalityId", o."policeAreaId"::text AS "policeAreaId",
           ARRAY(SELECT pam."municipalityId"::text FROM "PoliceAreaMunicipality" pam
                 WHERE pam."policeAreaId" = o."policeAreaId" ORDER BY pam."municipalityId") AS "areaMunicipalityIds",
           ARRAY(SELECT fm."forumId"::text FROM "ForumMembership" fm WHERE fm."userId" = u.id ORDER BY fm."forumId") AS "forumIds",
           ARRAY(SELECT f.id::text FROM "Forum" f WHERE f."chairId" = u.id ORDER BY f.id) AS "chairedForumIds"
    FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId"
    WHERE u.id = ${userId}::uuid`;
  if (!user || !user.active) return null;
  if (options.sessionVersion !== undefined && user.sessionVersion !== options.sessionVersion) return null;

  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    role: user.role,
    locale: user.locale,
    organisation: { id: user.organisationId, name: user.organisationName, kind: user.organisationKind },
    municipalityIds: user.municipalityId ? [user.municipalityId] : user.areaMunicipalityIds,
    policeAreaIds: user.policeAreaId ? [user.policeAreaId] : [],
    forumIds: user.forumIds,
    chairedForumIds: user.chairedForumIds,
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
