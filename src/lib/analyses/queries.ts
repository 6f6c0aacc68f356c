import type { Actor } from "@/lib/auth/actor";
import { authorize, type Resource } from "@/lib/auth/permissions";
import { analysisScopeWhere, cycleMunicipalityWhere } from "@/lib/auth/scope";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { containsText, municipalityWhere, withinYear, type ListFilter } from "@/lib/pagination/filter";
import { readPage } from "@/lib/pagination/page";
import { isUuid } from "@/lib/validation/ids";

type Client = Tx | Awaited<ReturnType<typeof db>>;

/** Forums linked to a lägesbild: those of the agreements whose action plans rest on it. */
async function linkedForumIdsOfAnalysis(client: Client, analysisId: string) {
  const forums = await client.forum.findMany({
    where: { agreement: { actionPlans: { some: { analysisId } } } },
    select: { id: true },
  });
  return forums.map((f) => f.id);
}

/** What `authorize` is asked about a lägesbild. */
export async function analysisResource(client: Client, analysis: { id: string; municipalityId: string }): Promise<Resource> {
  return { type: "cycle", municipalityId: analysis.municipalityId, policeAreaId: null, linkedForumIds: await linkedForumIdsOfAnalysis(client, analysis.id) };
}

/** The lägesbilder the actor reaches, newest first, a page at a time. */
export async function listAnalysesForActor(actor: Actor, filter: ListFilter = {}, page = 1) {
  const prisma = await db();
  const where: Prisma.SituationalAnalysisWhereInput = {
    AND: [
      analysisScopeWhere(actor),
      municipalityWhere(filter),
      filter.year ? { asOf: withinYear(filter.year) } : {},
      filter.q ? { OR: [{ title: containsText(filter.q) }, { municipality: { name: containsText(filter.q) } }] } : {},
    ],
  };
  return readPage(
    page,
    (window) =>
      prisma.situationalAnalysis.findMany({
        where,
        orderBy: [{ asOf: "desc" }, { id: "asc" }],
        ...window,
        select: { id: true, title: true, asOf: true, presentedOn: true, municipality: { select: { name: true } }, _count: { select: { indicators: true } } },
      }),
    () => prisma.situationalAnalysis.count({ where }),
  );
}

/** A lägesbild the actor may read, with its indicators and their series, or null. */
export async function findAnalysisForActor(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const analysis = await prisma.situationalAnalysis.findFirst({
    where: { id, ...analysisScopeWhere(actor) },
    include: {
      municipality: { select: { id: true, name: true, slug: true } },
      situationalPicture: { select: { id: true, weekOf: true, forum: { select: { id: true, name: true } } } },
      indicators: { orderBy: { position: "asc" }, include: { values: { orderBy: { measuredOn: "asc" } } } },
      actionPlans: { select: { id: true, title: true, agreementId: true } },
    },
  });
  if (!analysis) return null;
  if (!authorize(actor, "cycle.read", await analysisResource(prisma, analysis))) return null;
  return analysis;
}

export type AnalysisDetail = NonNullable<Awaited<ReturnType<typeof findAnalysisForActor>>>;

/** Lägesbilder an action plan may rest on, and weekly pictures a lägesbild may draw on: the municipality's. */
export async function analysisChoices(actor: Actor, municipalityId: string) {
  const prisma = await db();
  return prisma.situationalAnalysis.findMany({
    where: { municipalityId, ...cycleMunicipalityWhere(actor) },
    orderBy: { asOf: "desc" },
    take: 50,
    select: { id: true, title: true, asOf: true },
  });
}

export async function situationalPictureChoices(actor: Actor, municipalityId: string) {
  const prisma = await db();
  return prisma.situationalPicture.findMany({
    where: { forum: { municipalityId, ...(actor.role === "ADMIN" ? {} : { id: { in: actor.forumIds } }) } },
    orderBy: { weekOf: "desc" },
    take: 20,
    select: { id: true, weekOf: true, forum: { select: { name: true } } },
  });
}
