import { Prisma } from "@/generated/prisma/client";

/**
 * Ids as the list of a raw query's `IN (…)`, each cast to uuid. An empty list is `NULL`, which
 * matches nothing, where `Prisma.join` of nothing would be an error.
 */
export function uuidList(ids: readonly string[]): Prisma.Sql {
  return ids.length === 0 ? Prisma.sql`NULL::uuid` : Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));
}
