import { checkDatabase } from "@/lib/db/health";

export async function GET() {
  const health = await checkDatabase();
  const body = health.ok
    ? { status: "ok", database: { status: "up", kind: health.kind, latencyMs: health.latencyMs } }
    : { status: "unavailable", database: { status: "down" } };
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
