// The bench's national data set, beside the demo: 290 municipalities (one police area
// covers twenty of them), each with its lägesbild, agreements, action plan, five published
// promises of ten activities with twelve monthly follow-ups, two promises in preparation,
// eight citizen dialogues and four forums with their meetings and action items; and one
// signed-in user per role inside it (users.ts). Written with multi-row INSERTs (rows.ts).
import pg from "pg";
import { addCycle } from "./cycle";
import { addDialogues, addRecentChanges } from "./dialogues";
import { addForums, type Member } from "./forums";
import { LARGE_AREA_SIZE, addPlaces, benchSlug } from "./places";
import { addPublishedPromise, addUnpublishedPromise, benchPromiseSlug } from "./promises";
import { Rows } from "./rows";
import { BENCH_USERS, addBenchUsers } from "./users";

export { benchSlug, benchPromiseSlug };
export const BENCH = { publishedEach: 5, unpublishedEach: 2, activitiesEach: 10, followUpsEach: 12 } as const;
export const FRESHNESS_SLUG = "bench-publiceringstid";

export async function generateBenchData(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    const demo = await demoFacts(client);
    const rows = new Rows();
    const now = new Date();
    const places = addPlaces(rows, now);
    const users = addBenchUsers(rows, now, places[0]!, demo.passwordHash);

    for (const place of places) {
      const cycle = addCycle(rows, now, place);
      const owner = (j: number) => ({
        municipalityId: place.municipalityId,
        areaId: place.areaId,
        responsibleOrgIds: [place.departmentOrgId, place.policeOrgId],
        agreementId: cycle.agreementId,
        goal: { id: cycle.focusGoalIds[j % cycle.focusGoalIds.length]!, title: "Trygga offentliga miljöer" },
      });
      const promiseIds = Array.from({ length: BENCH.publishedEach }, (_, j) =>
        addPublishedPromise(rows, now, owner(j), benchPromiseSlug(j), `Tryggare centrum ${j + 1} i ${place.name}`, BENCH.activitiesEach, BENCH.followUpsEach),
      );
      addUnpublishedPromise(rows, now, owner(0), "utkast-skolvagar", `Trygga skolvägar i ${place.name}`, "DRAFT");
      addUnpublishedPromise(rows, now, owner(1), "for-godkannande-idrottsplats", `Trygg idrottsplats i ${place.name}`, "AWAITING_APPROVAL");
      addDialogues(rows, now, place);
      addForums(rows, now, place, cycle, promiseIds, membersOf(place.index, users));
      addRecentChanges(rows, now, place, place.index === 1 ? users.official : null);
    }
    // One published promise in Enköping, within the demo users' reach, for the publication measurements.
    addPublishedPromise(rows, now, { ...demo.enkoping, responsibleOrgIds: [], agreementId: null, goal: null }, FRESHNESS_SLUG, "Mätlöfte för publiceringstid", BENCH.activitiesEach, 0);

    await client.query("BEGIN");
    await rows.write(client);
    await client.query("COMMIT");
    // Planner statistics, as autovacuum would gather them on a live database: without them
    // PostgreSQL plans the dashboards' queries for empty tables.
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    for (const { name } of tables.rows) await client.query(`ANALYZE "${name}"`);
    return {
      municipalities: rows.count("Municipality"),
      promises: rows.count("CitizenPromise"),
      activities: rows.count("Activity"),
      followUps: rows.count("ActivityFollowUp"),
      agreements: rows.count("Agreement"),
      dialogues: rows.count("CitizenDialogue"),
      forums: rows.count("Forum"),
      meetings: rows.count("Meeting"),
      actionItems: rows.count("ActionItem"),
    };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

/** Who sits in the forums of municipality `index`: the official and the forum member at home, the police officer across the area. */
function membersOf(index: number, users: ReturnType<typeof addBenchUsers>): Member[] {
  const members: Member[] = [];
  if (index === 1) members.push({ userId: users.official, seat: "SECRETARY" }, { userId: users.forumMember, seat: "MEMBER" });
  if (index <= LARGE_AREA_SIZE) members.push({ userId: users.police, seat: "POLICE" });
  return members;
}

async function demoFacts(client: pg.PoolClient) {
  const enkoping = await client.query(
    `SELECT m.id AS "municipalityId", p."policeAreaId" AS "areaId" FROM "Municipality" m JOIN "PoliceAreaMunicipality" p ON p."municipalityId" = m.id WHERE m.slug = 'enkoping'`,
  );
  // The demo's hash of the demo password: the bench users sign in with it too.
  const admin = await client.query(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [BENCH_USERS.admin.email]);
  if (!enkoping.rows[0] || !admin.rows[0]) throw new Error("The bench database lacks the demo: reset it with the demo first.");
  return { enkoping: enkoping.rows[0] as { municipalityId: string; areaId: string }, passwordHash: admin.rows[0].passwordHash as string };
}
