// The bench's data set: 290 municipalities, each with its own police area and five
// published citizen promises of ten activities with twelve monthly follow-ups each.
// Written with multi-row INSERTs straight to PostgreSQL; takes well under a minute.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { buildPromiseSnapshot } from "../../src/lib/promises/snapshot";

export const BENCH = { municipalities: 290, promisesEach: 5, activitiesEach: 10, followUpsEach: 12 } as const;

const pad = (n: number) => String(n).padStart(3, "0");
export const benchSlug = (i: number) => `benchkommun-${pad(i)}`;
export const benchPromiseSlug = (j: number) => `tryggare-centrum-${j + 1}`;
export const FRESHNESS_SLUG = "bench-publiceringstid";

async function insert(client: pg.PoolClient, table: string, columns: string[], rows: unknown[][]) {
  const size = Math.floor(60_000 / columns.length);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(",")})`).join(",");
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values}`, chunk.flat());
  }
}

export async function generateBenchData(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  const counts = { municipalities: 0, promises: 0, activities: 0, followUps: 0 };
  try {
    await client.query("BEGIN");
    const municipalities: unknown[][] = [];
    const areas: unknown[][] = [];
    const coverage: unknown[][] = [];
    const promises: unknown[][] = [];
    const activities: unknown[][] = [];
    const followUps: unknown[][] = [];
    const figures: unknown[][] = [];
    const publications: unknown[][] = [];
    const now = new Date();

    const addPromise = (municipalityId: string, areaId: string, slug: string, title: string, followUpCount: number) => {
      const promiseId = randomUUID();
      const promise = {
        id: promiseId,
        slug,
        title,
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2027-12-31"),
        focus: "PLACE" as const,
        place: "Centrum",
        targetGroup: null,
        targetGroupRationale: "Boende och näringsidkare i centrum har beskrivit otrygghet kvällstid i medborgardialoger.",
        background: "Lägesbilden visar fler anmälningar om skadegörelse och ordningsstörningar kvällstid. ".repeat(4),
        citizenPerspective: "Omkring 200 boende deltog i dialoger under våren och lyfte belysning, vuxennärvaro och polisens synlighet. ".repeat(2),
        criterionSafety: "Fler vuxna och bättre belysning på platsen.",
        criterionCrime: "Situationella åtgärder och tidiga insatser.",
        criterionParticipation: "Boende och föreningar deltar i trygghetsvandringar.",
        criterionTrust: "Polisen finns på plats och går att prata med varje vecka.",
        conclusion: "Kommunen och polisen lovar att genomföra aktiviteterna nedan och redovisa resultatet varje tertial.",
        signatories: [
          { party: "MUNICIPALITY" as const, name: "Kommunstyrelsens ordförande", title: "Ordförande", position: 0 },
          { party: "POLICE" as const, name: "Lokalpolisområdeschef", title: "Chef", position: 1 },
        ],
        basisDocs: [],
        goals: [],
        dialogues: [],
        activities: [] as ReturnType<typeof buildPromiseSnapshot>["activities"],
      };
      for (let k = 0; k < BENCH.activitiesEach; k++) {
        const activityId = randomUUID();
        const row = {
          id: activityId,
          position: k,
          title: `Aktivitet ${k + 1}: trygghetsvandring och belysningsinventering i kvarter ${k + 1}`,
          scope: "Fyra vandringar per termin med boende, föreningar och polis.",
          timing: "Kvällstid, varannan vecka under terminerna.",
          responsible: "Kommunledningsförvaltningen tillsammans med lokalpolisområdet",
          followUp: "Antal genomförda vandringar och antal deltagare.",
          evaluation: "Kommunen och polisen genom det brottsförebyggande rådet.",
          targetValue: 24,
          targetUnit: "vandringar",
        };
        promise.activities.push(row);
        activities.push([activityId, promiseId, k, row.title, row.scope, row.timing, row.responsible, row.followUp, row.evaluation, "ONGOING", 24, "vandringar", now]);
        for (let f = 0; f < followUpCount; f++) {
          const followUpId = randomUUID();
          followUps.push([followUpId, activityId, "MONTH", new Date(Date.UTC(2026, f, 1)), "Vandringar genomförda enligt plan.", "", f === 11 ? "DONE" : "ONGOING", now]);
          figures.push([randomUUID(), followUpId, "vandringar", 2, true]);
        }
      }
      promises.push([
        promiseId, municipalityId, areaId, promise.slug, title, promise.periodStart, promise.periodEnd, "PLACE", promise.place,
        promise.targetGroupRationale, promise.background, promise.citizenPerspective, promise.criterionSafety, promise.criterionCrime,
        promise.criterionParticipation, promise.criterionTrust, promise.conclusion, "PUBLISHED", 2, now,
      ]);
      publications.push([randomUUID(), promiseId, 1, JSON.stringify(buildPromiseSnapshot(promise)), now]);
    };

    for (let i = 1; i <= BENCH.municipalities; i++) {
      const municipalityId = randomUUID();
      const areaId = randomUUID();
      municipalities.push([municipalityId, benchSlug(i), `Benchkommun ${pad(i)}`, now]);
      areas.push([areaId, `lpo-bench-${pad(i)}`, `LPO Benchkommun ${pad(i)}`, now]);
      coverage.push([areaId, municipalityId]);
      for (let j = 0; j < BENCH.promisesEach; j++) {
        addPromise(municipalityId, areaId, benchPromiseSlug(j), `Tryggare centrum ${j + 1} i Benchkommun ${pad(i)}`, BENCH.followUpsEach);
      }
    }
    // One published promise in Enköping, within the demo users' reach, for the freshness measurement.
    const enkoping = await client.query(`SELECT m.id AS municipality, p."policeAreaId" AS area FROM "Municipality" m JOIN "PoliceAreaMunicipality" p ON p."municipalityId" = m.id WHERE m.slug = 'enkoping'`);
    addPromise(enkoping.rows[0].municipality, enkoping.rows[0].area, FRESHNESS_SLUG, "Mätlöfte för publiceringstid", 0);

    await insert(client, "Municipality", ["id", "slug", "name", "updatedAt"], municipalities);
    await insert(client, "PoliceArea", ["id", "slug", "name", "updatedAt"], areas);
    await insert(client, "PoliceAreaMunicipality", ["policeAreaId", "municipalityId"], coverage);
    await insert(
      client,
      "CitizenPromise",
      ["id", "municipalityId", "policeAreaId", "slug", "title", "periodStart", "periodEnd", "focus", "place", "targetGroupRationale", "background", "citizenPerspective", "criterionSafety", "criterionCrime", "criterionParticipation", "criterionTrust", "conclusion", "status", "version", "updatedAt"],
      promises,
    );
    await insert(client, "Activity", ["id", "promiseId", "position", "title", "scope", "timing", "responsible", "followUp", "evaluation", "status", "targetValue", "targetUnit", "updatedAt"], activities);
    await insert(client, "ActivityFollowUp", ["id", "activityId", "periodType", "periodStart", "done", "comment", "status", "updatedAt"], followUps);
    await insert(client, "FollowUpFigure", ["id", "followUpId", "label", "value", "countsTowardsTarget"], figures);
    await insert(client, "PromisePublication", ["id", "promiseId", "promiseVersion", "snapshot", "publishedAt"], publications);
    await client.query("COMMIT");
    Object.assign(counts, { municipalities: municipalities.length, promises: promises.length, activities: activities.length, followUps: followUps.length });
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
  return counts;
}
