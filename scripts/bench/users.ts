// One signed-in user per role inside the national data, so each dashboard shows
// national-scale content: an official of Benchkommun 001, a police officer of the area
// covering twenty municipalities, a forum member of Benchkommun 001's forums. The
// administrator is the demo's (the whole country is in every administrator's scope).
import { randomUUID } from "node:crypto";
import type { Place } from "./places";
import type { Rows } from "./rows";

/** Every demo and bench user has the demo's password. */
export const BENCH_PASSWORD = "Demo-2026!";

export const BENCH_USERS = {
  official: { email: "kommun@bench.demo", role: "MUNICIPAL_OFFICIAL" },
  police: { email: "polis@bench.demo", role: "POLICE_STAFF" },
  forumMember: { email: "forum@bench.demo", role: "FORUM_MEMBER" },
  admin: { email: "admin@samverkan.demo", role: "ADMIN" },
} as const;

export type BenchRole = keyof typeof BENCH_USERS;
export type BenchUserIds = Record<Exclude<BenchRole, "admin">, string>;

export function addBenchUsers(rows: Rows, now: Date, home: Place, passwordHash: string): BenchUserIds {
  const add = (email: string, name: string, title: string, role: string, organisationId: string) => {
    const id = randomUUID();
    rows.add("User", { id, email, name, title, passwordHash, role, organisationId, updatedAt: now });
    return id;
  };
  return {
    official: add(BENCH_USERS.official.email, "Bench Kommunsamordnare", "Brotts- och drogsamordnare", "MUNICIPAL_OFFICIAL", home.departmentOrgId),
    police: add(BENCH_USERS.police.email, "Bench Kommunpolis", "Kommunpolis", "POLICE_STAFF", home.policeOrgId),
    forumMember: add(BENCH_USERS.forumMember.email, "Bench Forummedlem", "Fritidsledare", "FORUM_MEMBER", home.departmentOrgId),
  };
}
