// Each municipality's collaboration model: a strategic forum, a tactical one under it, an
// operative one and a working group under the tactical, each with four seats, eight
// meetings (six held, two planned) and seven action items per meeting, linked to the
// agreement's goals, promises and plan rows as a forum's decisions are.
import { randomUUID } from "node:crypto";
import type { PlaceCycle } from "./cycle";
import type { Place } from "./places";
import type { Rows } from "./rows";

/** A bench user filling a seat of every forum of the place. */
export interface Member {
  userId: string;
  seat: "SECRETARY" | "POLICE" | "MEMBER";
}

const MEETINGS = [
  ...[4, 5, 6, 7, 8, 9].map((month) => ({ startsAt: new Date(Date.UTC(2026, month, 15, 13)), status: "HELD" })),
  { startsAt: new Date(Date.UTC(2026, 11, 10, 13)), status: "PLANNED" },
  { startsAt: new Date(Date.UTC(2027, 0, 14, 13)), status: "PLANNED" },
];
const ITEMS_PER_MEETING = 7;
const DAY = 24 * 60 * 60 * 1000;

export function addForums(rows: Rows, now: Date, place: Place, cycle: PlaceCycle, promiseIds: string[], members: Member[]) {
  const forum = (level: string, name: string, parentId: string | null, kind = "FORUM") => {
    const id = randomUUID();
    rows.add("Forum", {
      id, municipalityId: place.municipalityId, policeAreaId: place.areaId, agreementId: cycle.agreementId, kind, level, name,
      purpose: "Samordna det brottsförebyggande arbetet enligt överenskommelsen.", cadence: "Varje månad", parentId,
      endsOn: kind === "WORKING_GROUP" ? new Date("2027-06-30") : null, updatedAt: now,
    });
    addSeats(rows, id, place, members);
    addMeetings(rows, now, id, place, cycle, promiseIds, members);
    return id;
  };
  const strategic = forum("STRATEGIC", `Styrgrupp trygghet ${place.name}`, null);
  const tactical = forum("TACTICAL", `Samverkansgrupp ${place.name}`, strategic);
  const operative = forum("OPERATIVE", `Operativ grupp ${place.name}`, tactical);
  forum("OPERATIVE", `Arbetsgrupp centrum ${place.name}`, tactical, "WORKING_GROUP");
  addPictures(rows, now, operative);
}

function addSeats(rows: Rows, forumId: string, place: Place, members: Member[]) {
  const seats = {
    CHAIR: { role: "CHAIR", represents: "Kommundirektör", organisationId: place.departmentOrgId },
    SECRETARY: { role: "SECRETARY", represents: "Brotts- och drogsamordnare", organisationId: place.departmentOrgId },
    POLICE: { role: "MEMBER", represents: "Kommunpolis", organisationId: place.policeOrgId },
    MEMBER: { role: "MEMBER", represents: "Fritid och kultur", organisationId: place.departmentOrgId },
  };
  for (const [position, [key, seat]] of Object.entries(seats).entries()) {
    const seatId = randomUUID();
    rows.add("ForumSeat", { id: seatId, forumId, ...seat, position });
    const member = members.find((m) => m.seat === key);
    if (member) rows.add("ForumMembership", { id: randomUUID(), forumId, userId: member.userId, seatId });
  }
}

function addMeetings(rows: Rows, now: Date, forumId: string, place: Place, cycle: PlaceCycle, promiseIds: string[], members: Member[]) {
  for (const [m, meeting] of MEETINGS.entries()) {
    const meetingId = randomUUID();
    const held = meeting.status === "HELD";
    rows.add("Meeting", { id: meetingId, forumId, startsAt: meeting.startsAt, location: "Stadshuset", agenda: "1. Lägesbild\n2. Uppföljning\n3. Övrigt", minutes: held ? "Mötet gick igenom lägesbilden och åtgärderna." : "", status: meeting.status, updatedAt: now });
    for (let k = 0; k < ITEMS_PER_MEETING; k++) {
      // Older meetings' items are mostly done; the latest ones' mostly open, some late.
      const done = k < (m < 3 ? 5 : 2);
      rows.add("ActionItem", {
        id: randomUUID(),
        forumId,
        meetingId: held ? meetingId : null,
        title: `Åtgärd ${m + 1}.${k + 1}: följ upp belysning och vuxennärvaro`,
        description: "Rapporteras vid nästa möte.",
        responsibleUserId: k % 3 === 0 && members.length > 0 ? members[(m + k) % members.length]!.userId : null,
        responsibleOrganisationId: k % 2 ? place.policeOrgId : place.departmentOrgId,
        dueOn: new Date(meeting.startsAt.getTime() + 30 * DAY),
        status: done ? "DONE" : k % 2 ? "IN_PROGRESS" : "OPEN",
        goalId: k === 1 ? cycle.focusGoalIds[m % cycle.focusGoalIds.length]! : null,
        promiseId: k === 2 ? promiseIds[m % promiseIds.length]! : null,
        activityId: k === 3 ? cycle.planActivityIds[m % cycle.planActivityIds.length]! : null,
        updatedAt: now,
      });
    }
  }
}

/** The operative forum's weekly lägesbild for November's four weeks, three themes each. */
function addPictures(rows: Rows, now: Date, forumId: string) {
  for (const day of [2, 9, 16, 23]) {
    const pictureId = randomUUID();
    rows.add("SituationalPicture", { id: pictureId, forumId, weekOf: new Date(Date.UTC(2026, 10, day)), summary: "Lugnt i centrum, oro vid busstationen.", callsFor: "Vuxennärvaro fredag kväll.", updatedAt: now });
    for (const [position, theme] of ["Ordningsstörningar", "Skadegörelse", "Narkotika"].entries()) {
      rows.add("SituationalPictureEntry", { id: randomUUID(), pictureId, position, theme, place: "Centrum", summary: "Som föregående vecka." });
    }
  }
}
