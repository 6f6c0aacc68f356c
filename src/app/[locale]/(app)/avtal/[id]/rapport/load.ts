import { currentActor } from "@/lib/auth/current-actor";
import { agreementReport, parseReportPeriod } from "@/lib/reports/agreement-report";

/** The report a download asks for (?period=T2-2026), or null: the same 404 for a missing agreement and one out of reach. */
export async function reportForRequest(request: Request, id: string) {
  const actor = await currentActor();
  if (!actor) return null;
  const raw = new URL(request.url).searchParams.get("period");
  const period = raw ? parseReportPeriod(raw) : null;
  if (raw && !period) return null;
  return agreementReport(actor, id, period);
}
