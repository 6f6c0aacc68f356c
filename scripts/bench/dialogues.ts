// Citizen dialogues (eight a municipality, the coming ones announced) and the audit trail of
// recent changes the officials' and police dashboards read.
import { randomUUID } from "node:crypto";
import type { Place } from "./places";
import type { Rows } from "./rows";

const DIALOGUES = 8;
const CHANGES = 20;

export function addDialogues(rows: Rows, now: Date, place: Place) {
  for (let k = 0; k < DIALOGUES; k++) {
    // Every second month from March 2026: the last two lie ahead and are announced.
    const startsAt = new Date(Date.UTC(2026, 2 + 2 * k, 12, 17));
    rows.add("CitizenDialogue", {
      id: randomUUID(), municipalityId: place.municipalityId, title: `Trygghetsdialog ${k + 1} i ${place.name}`, startsAt, place: "Medborgarhuset",
      format: "Öppet möte", participantCount: startsAt < now ? 40 + k : null, themes: "Belysning, vuxennärvaro, polisens synlighet", announced: startsAt > now, updatedAt: now,
    });
  }
}

export function addRecentChanges(rows: Rows, now: Date, place: Place, userId: string | null) {
  for (let k = 0; k < CHANGES; k++) {
    rows.add("AuditLog", {
      at: new Date(now.getTime() - (k + place.index) * 3_600_000), userId, action: "update", entityType: k % 2 ? "ActivityFollowUp" : "Activity",
      entityId: randomUUID(), municipalityId: place.municipalityId, entityVersion: 2, changes: { done: { from: "", to: "Genomfört enligt plan." } },
    });
  }
}
