import { database } from "./index";

export type DatabaseHealth = { ok: true; kind: string; latencyMs: number } | { ok: false; error: string };

export async function checkDatabase(timeoutMs = 3000): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const { kind, prisma } = await database();
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
