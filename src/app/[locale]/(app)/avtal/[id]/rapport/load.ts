import { currentActor } from "@/lib/auth/current-actor";
import { reportForAddress } from "@/lib/reports/agreement-report";

/** The report a download asks for (?period=T2-2026), or null: the same 404 for a missing agreement and one out of reach. */
export async function reportForRequest(request: Request, id: string) {
  const actor = await currentActor();
  if (!actor) return null;
  return reportForAddress(actor, id, new URL(request.url).searchParams.get("period"));
}
