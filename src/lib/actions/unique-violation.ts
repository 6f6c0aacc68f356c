import { Prisma } from "@/generated/prisma/client";

/**
 * The form field behind a unique-constraint violation, or null when the error is another.
 * Prisma names indexes "<Model>_<column>_…_key"; the last column is the one the user
 * chose (a case number within a municipality, a follow-up period of an activity).
 */
export function uniqueViolationField(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: { index?: string; fields?: string[] } } } } | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  const fields = constraint?.fields ?? (Array.isArray(meta?.target) ? (meta.target as string[]) : undefined);
  if (fields && fields.length > 0) return fields.at(-1)!;
  const index = constraint?.index ?? (typeof meta?.target === "string" ? meta.target : undefined);
  const column = index?.match(/_([A-Za-z0-9]+)_key$/)?.[1];
  return column ?? "_form";
}
