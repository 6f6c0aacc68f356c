import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma/client";
import type { ForumLevel } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { containsText, municipalityWhere, type ListFilter } from "@/lib/pagination/filter";
import { readPage } from "@/lib/pagination/page";
import type { AgreementStatus } from "@/generated/prisma/enums";
import { CURRENT_AGREEMENT_STATUSES, PUBLIC_AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";
import { isUuid } from "@/lib/validation/ids";
import { concernInclude, concernOptions, withConcernView } from "./concerns";
import { carriedOver, OPEN_STATUSES } from "./rules";
import { compareSwedish } from "@/lib/format/intl";

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

/** The forum list, a page at a time, by level, kind and name: only what the list shows. `status` is the level. */
export async function listForumsForActor(actor: Actor, filter: ListFilter<ForumLevel> = {}, page = 1) {
  const prisma = await db();
  const where: Prisma.ForumWhereInput = {
    AND: [
      memberWhere(actor),
      municipalityWhere(filter),
      filter.status ? { level: filter.status } : {},
      filter.q ? { OR: [{ name: containsText(filter.q) }, { purpose: containsText(filter.q) }, { municipality: { name: containsText(filter.q) } }] } : {},
    ],
  };
  return readPage(
    page,
    (window) =>
      prisma.forum.findMany({
        where,
        orderBy: [{ level: "asc" }, { kind: "asc" }, { name: "asc" }, { id: "asc" }],
        ...window,
        select: {
          id: true,
          name: true,
          kind: true,
          level: true,
          purpose: true,
          cadence: true,
          reportsToText: true,
          startsOn: true,
          endsOn: true,
          chair: { select: { name: true } },
          parent: { select: { name: true } },
        },
      }),
    () => prisma.forum.count({ where }),
  );
}

/** At most this many forums are offered as the one a forum reports to. */
export const PARENT_CHOICES_MAX = 200;

/**
 * What a forum of this municipality can report to: forums of the same municipality the actor
 * belongs to (administrators: all of them), never the forum itself. One municipality's forums,
 * not the country's.
 */
export async function parentForumChoices(actor: Actor, municipalityId: string, exceptId?: string) {
  if (!isUuid(municipalityId)) return [];
  const prisma = await db();
  return prisma.forum.findMany({
    where: { ...memberWhere(actor), municipalityId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    take: PARENT_CHOICES_MAX,
    select: { id: true, name: true },
  });
}

/** Forums a chair may create a forum under: the ones they chair, with their municipality. */
export async function chairedForumChoices(actor: Actor) {
  if (actor.chairedForumIds.length === 0) return [];
  const prisma = await db();
  return prisma.forum.findMany({
    where: { id: { in: actor.chairedForumIds }, ...memberWhere(actor) },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    take: PARENT_CHOICES_MAX,
    select: { id: true, name: true, municipalityId: true, municipality: { select: { name: true } } },
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
      agreement: { select: { id: true, title: true, municipalityId: true, policeAreaId: true, status: true } },
      parent: { select: { id: true, name: true, level: true } },
      children: { where: { kind: "WORKING_GROUP" }, orderBy: { startsOn: "desc" }, select: { id: true, name: true, startsOn: true, endsOn: true } },
      memberships: {
        orderBy: { user: { name: "asc" } },
        include: { user: { select: { id: true, name: true, email: true, organisation: { select: { id: true, name: true } } } } },
      },
      // The forum's functions, the chair's first; a seat without a membership is vacant.
      seats: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        include: {
          organisation: { select: { id: true, name: true } },
          membership: { select: { id: true, user: { select: { id: true, name: true, organisation: { select: { id: true, name: true } } } } } },
        },
      },
      meetings: { orderBy: { startsAt: "desc" }, take: 50, select: { id: true, startsAt: true, status: true, location: true } },
      situationalPictures: { orderBy: { weekOf: "desc" }, take: 20, include: { entries: { orderBy: { position: "asc" } } } },
    },
  });
  if (!forum || !authorize(actor, "forum.read", forumResource(forum))) return null;
  // The forum reported to is opened only by its own members (anyone else gets a 404): `readable` says whether to link it.
  const parent = forum.parent && { ...forum.parent, readable: authorize(actor, "forum.read", forumResource({ id: forum.parent.id, municipalityId: forum.municipalityId, chairId: null })) };
  // The agreement served: named when it is public or the actor may read it, linked only in the latter case.
  const agreement = forum.agreement && {
    id: forum.agreement.id,
    title: forum.agreement.title,
    readable: authorize(actor, "agreement.read", { type: "joint", ...forum.agreement }),
    public: PUBLIC_AGREEMENT_STATUSES.includes(forum.agreement.status),
  };
  return { ...forum, parent, agreement };
}

export type ForumDetail = NonNullable<Awaited<ReturnType<typeof findForumForActor>>>;

/**
 * The agreements a forum can serve: its municipality's that the actor may read or that are
 * public, the current ones first, then the newest; and the one it serves now, whatever it is.
 */
export async function agreementChoices(actor: Actor, municipalityId: string, currentId: string | null) {
  if (!isUuid(municipalityId)) return [];
  const prisma = await db();
  const rows = await prisma.agreement.findMany({
    where: { OR: [{ municipalityId }, ...(currentId ? [{ id: currentId }] : [])] },
    select: { id: true, title: true, periodStart: true, periodEnd: true, municipalityId: true, policeAreaId: true, status: true },
  });
  const current = (a: { status: AgreementStatus }) => (CURRENT_AGREEMENT_STATUSES.includes(a.status) ? 0 : 1);
  return rows
    .filter((a) => a.id === currentId || PUBLIC_AGREEMENT_STATUSES.includes(a.status) || authorize(actor, "agreement.read", { type: "joint", ...a }))
    .sort((a, b) => current(a) - current(b) || b.periodStart.getTime() - a.periodStart.getTime() || compareSwedish(a.title, b.title))
    .map(({ id, title, periodStart, periodEnd }) => ({ id, title, periodStart, periodEnd }));
}

const itemInclude = {
  responsibleUser: { select: { id: true, name: true } },
  responsibleOrganisation: { select: { id: true, name: true } },
  meeting: { select: { id: true, startsAt: true } },
  escalatedTo: { select: { id: true, forum: { select: { id: true, name: true } } } },
  escalatedFrom: { select: { id: true, forum: { select: { id: true, name: true, municipalityId: true, chairId: true } } } },
  ...concernInclude,
} as const;

/**
 * The forum's action items: every open one, by due date, then one page (`closedPage`) of the
 * closed ones, most recently due first, so that years of done items never load at once.
 * What each concerns as the actor may see it.
 */
export async function listForumItems(actor: Actor, forumId: string, closedPage = 1) {
  return (await forumItemsPage(actor, forumId, closedPage)).items;
}

/** listForumItems with the closed items' page (total, page count) for the paging links; past the end, the last page. */
export async function forumItemsPage(actor: Actor, forumId: string, closedPage = 1) {
  const prisma = await db();
  const closedWhere = { forumId, status: { notIn: [...OPEN_STATUSES] } };
  const [open, { rows: closed, ...closedPaging }] = await Promise.all([
    prisma.actionItem.findMany({ where: { forumId, status: { in: [...OPEN_STATUSES] } }, orderBy: [{ status: "asc" }, { dueOn: "asc" }, { id: "asc" }], include: itemInclude }),
    readPage(
      closedPage,
      (window) => prisma.actionItem.findMany({ where: closedWhere, orderBy: [{ dueOn: "desc" }, { id: "asc" }], ...window, include: itemInclude }),
      () => prisma.actionItem.count({ where: closedWhere }),
    ),
  ]);
  return { items: [...open, ...closed].map((item) => withConcernView(actor, item)), closed: closedPaging };
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
