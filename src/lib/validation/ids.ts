import { z } from "zod";

const Uuid = z.uuid();

/** Ids come from addresses; a malformed one means "not found", never a database error. */
export function isUuid(value: string): boolean {
  return Uuid.safeParse(value).success;
}
