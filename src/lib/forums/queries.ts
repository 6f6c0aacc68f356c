import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";
import { carriedOver } from "./rules";

/** Forums the actor belongs to (administrators: all); membership is part of the query. */
function memberWhere(actor: Actor) {
  return actor.role === "ADMIN" ? {} : { memberships: { some: { userId: actor.id } } };
}

export async function listMyForums(actor: Actor) {
  const prisma = await db();
  return prisma.forum.findMany({
    where: memberWhere(actor),
    orderBy: [{ level: "asc" }, { kind: "asc" }, { name: "asc" }],
    include: {
      chair: { select: { name: true } },
      parent: { select: { id: true, name: true } },
      memberships: { include: { user: { select: { name: true, organisation: { select: { name: true } } } } } },
      municipality: { select: { name: true } },
    },
  });
}

export const forumResource = (forum: { id: string; municipalityId: string; chairId: string | null }) => ({
  type: "forum" as const,
  forumId: forum.id,
  municipalityId: forum.municipalityId,
  chairId: forum.chairId,
});

/** A forum with everything its page shows, or null for non-members: not found, not a leak. */
export async function findForumForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const forum = await prisma.forum.findFirst({
    where: { id, ...memberWhere(actor) },
    include: {
      chair: { select: { id: true, name: true } },
      parent: { select: { id: true, name: true, level: true } },
      children: { where: { kind: "WORKING_GROUP" }, orderBy: { startsOn: "desc" }, select: { id: true, name: true, startsOn: true, endsOn: true } },
      memberships: {
        orderBy: { user: { name: "asc" } },
        include: { user: { select: { id: true, name: true, email: true, organisation: { select: { id: true, name: true } } } } },
      },
      meetings: { orderBy: { startsAt: "desc" }, take: 50, select: { id: true, startsAt: true, status: true, location: true } },
      situationalPictures: { orderBy: { weekOf: "desc" }, take: 20, include: { entries: { orderBy: { position: "asc" } } } },
    },
  });
  if (!forum || !authorize(actor, "forum.read", forumResource(forum))) return null;
  return forum;
}

export type ForumDetail = NonNullable<Awaited<ReturnType<typeof findForumForActor>>>;

const itemInclude = {
  responsibleUser: { select: { id: true, name: true } },
  responsibleOrganisation: { select: { id: true, name: true } },
  meeting: { select: { id: true, startsAt: true } },
  escalatedTo: { select: { id: true, forum: { select: { id: true, name: true } } } },
  escalatedFrom: { select: { id: true, forum: { select: { id: true, name: true } } } },
  goal: { select: { title: true } },
  promise: { select: { title: true } },
  activity: { select: { title: true } },
} as const;

/** The forum's action items, open ones first. */
export async function listForumItems(forumId: string) {
  const prisma = await db();
  return prisma.actionItem.findMany({ where: { forumId }, orderBy: [{ status: "asc" }, { dueOn: "asc" }], include: itemInclude });
}

export async function findMeetingForActor(actor: Actor, forumId: string, meetingId: string) {
  const forum = await findForumForActor(actor, forumId);
  if (!forum || !isUuid(meetingId)) return null;
  const prisma = await db();
  const meeting = await prisma.meeting.findFirst({
    where: { id: meetingId, forumId: forum.id },
    include: {
      attendances: true,
      guests: true,
      decisions: { orderBy: { position: "asc" } },
      actionItems: { orderBy: { dueOn: "asc" }, include: itemInclude },
    },
  });
  if (!meeting) return null;
  const items = await listForumItems(forum.id);
  const followUps = carriedOver(
    items.map((i) => ({ ...i, meetingStartsAt: i.meeting?.startsAt ?? null })),
    meeting.startsAt,
  );
  return { forum, meeting, followUps };
}

/** Who can be named responsible: the forum's members, or an organisation of its municipality or police area. */
export async function responsibleOptions(forum: { municipalityId: string; policeAreaId: string | null; memberships: { user: { id: string; name: string } }[] }) {
  const prisma = await db();
  const organisations = await prisma.organisation.findMany({
    where: { OR: [{ municipalityId: forum.municipalityId }, ...(forum.policeAreaId ? [{ policeAreaId: forum.policeAreaId }] : [])] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  // What an item can concern: the municipality's goals, promises and their activities.
  const [goals, promises] = await Promise.all([
    prisma.goal.findMany({ where: { agreement: { municipalityId: forum.municipalityId } }, orderBy: [{ agreement: { periodStart: "desc" } }, { position: "asc" }], select: { id: true, title: true } }),
    prisma.citizenPromise.findMany({
      where: { municipalityId: forum.municipalityId },
      orderBy: { periodStart: "desc" },
      select: { id: true, title: true, activities: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
    }),
  ]);
  const concerns = [
    ...goals.map((g) => ({ value: `goal:${g.id}`, kind: "goal" as const, title: g.title })),
    ...promises.flatMap((p) => [
      { value: `promise:${p.id}`, kind: "promise" as const, title: p.title },
      ...p.activities.map((a) => ({ value: `activity:${a.id}`, kind: "activity" as const, title: a.title })),
    ]),
  ];
  return { users: forum.memberships.map((m) => m.user), organisations, concerns };
}
