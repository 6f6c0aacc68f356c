import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/ids";
import { concernInclude, concernOptions, withConcernView } from "./concerns";
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
  // The forum reported to is opened only by its own members (anyone else gets a 404): `readable` says whether to link it.
  const parent = forum.parent && { ...forum.parent, readable: authorize(actor, "forum.read", forumResource({ id: forum.parent.id, municipalityId: forum.municipalityId, chairId: null })) };
  return { ...forum, parent };
}

export type ForumDetail = NonNullable<Awaited<ReturnType<typeof findForumForActor>>>;

const itemInclude = {
  responsibleUser: { select: { id: true, name: true } },
  responsibleOrganisation: { select: { id: true, name: true } },
  meeting: { select: { id: true, startsAt: true } },
  escalatedTo: { select: { id: true, forum: { select: { id: true, name: true } } } },
  escalatedFrom: { select: { id: true, forum: { select: { id: true, name: true } } } },
  ...concernInclude,
} as const;

/** The forum's action items, open ones first; what each concerns as the actor may see it. */
export async function listForumItems(actor: Actor, forumId: string) {
  const prisma = await db();
  const items = await prisma.actionItem.findMany({ where: { forumId }, orderBy: [{ status: "asc" }, { dueOn: "asc" }], include: itemInclude });
  return items.map((item) => withConcernView(actor, item));
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
  const items = await listForumItems(actor, forum.id);
  const followUps = carriedOver(
    items.map((i) => ({ ...i, meetingStartsAt: i.meeting?.startsAt ?? null })),
    meeting.startsAt,
  );
  return { forum, meeting: { ...meeting, actionItems: meeting.actionItems.map((item) => withConcernView(actor, item)) }, followUps };
}

/**
 * Who can be named responsible: the forum's members, or an organisation of its municipality
 * or police area; and what an item can concern, as far as the actor may see it.
 */
export async function responsibleOptions(actor: Actor, forum: { municipalityId: string; policeAreaId: string | null; memberships: { user: { id: string; name: string } }[] }) {
  const prisma = await db();
  const [organisations, concerns] = await Promise.all([
    prisma.organisation.findMany({
      where: { OR: [{ municipalityId: forum.municipalityId }, ...(forum.policeAreaId ? [{ policeAreaId: forum.policeAreaId }] : [])] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    concernOptions(prisma, actor, forum.municipalityId),
  ]);
  return { users: forum.memberships.map((m) => m.user), organisations, concerns };
}
