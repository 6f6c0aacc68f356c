// One signed-in user per role inside the national data, so each dashboard shows
// national-scale content: an official of Benchkommun 001, a police officer of the area
// covering twenty municipalities, a forum member of Benchkommun 001's forums. The
// administrator is the demo's (the whole country is in every administrator's scope).
import { randomUUID } from "node:crypto";
import type { Place } from "./places";
import type { Rows } from "./rows";
import benchUsers from "./users.json";

/** Read by the bench too (a JSON file, since it is plain JavaScript): who signs in as what. */
export const BENCH_USERS = benchUsers.users;

export type BenchRole = keyof typeof BENCH_USERS;
export type BenchUserIds = Record<Exclude<BenchRole, "admin">, string>;

export function addBenchUsers(rows: Rows, now: Date, home: Place, passwordHash: string): BenchUserIds {
  const add = (user: { email: string; role: string }, name: string, title: string, organisationId: string) => {
    const id = randomUUID();
    rows.add("User", { id, email: user.email, name, title, passwordHash, role: user.role, organisationId, updatedAt: now });
    return id;
  };
  return {
    official: add(BENCH_USERS.official, "Bench Kommunsamordnare", "Brotts- och drogsamordnare", home.departmentOrgId),
    police: add(BENCH_USERS.police, "Bench Kommunpolis", "Kommunpolis", home.policeOrgId),
    forumMember: add(BENCH_USERS.forumMember, "Bench Forummedlem", "Fritidsledare", home.departmentOrgId),
  };
}
