import { db } from "@/lib/db";

/**
 * Each filling-in of a form carries a random key (src/components/forms/action-form.tsx).
 * An action claims the key before it runs: a second submission with the same key finds
 * it taken and changes nothing. A refused or failed run releases the key, so the user can
 * correct the form and send it again.
 */

const KEY = /^[0-9a-f]{32}$/;
/** Long after any retry of a form; older keys are removed as new ones arrive. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export function isSubmissionKey(value: unknown): value is string {
  return typeof value === "string" && KEY.test(value);
}

/** True when this call took the key; false when an earlier submission already has it. */
export async function claimSubmission(key: string, userId: string): Promise<boolean> {
  const prisma = await db();
  const { count } = await prisma.formSubmission.createMany({ data: [{ key: `${userId}:${key}`, userId }], skipDuplicates: true });
  if (count === 1 && Math.random() < 0.01) {
    await prisma.formSubmission.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
  }
  return count === 1;
}

export async function releaseSubmission(key: string, userId: string): Promise<void> {
  const prisma = await db();
  await prisma.formSubmission.deleteMany({ where: { key: `${userId}:${key}` } });
}
