import { currentActor } from "@/lib/auth/current-actor";
import { notFoundText } from "@/lib/http/not-found";
import { toLocale } from "@/lib/i18n";
import { findMeetingForActor } from "@/lib/forums/queries";
import { renderMinutesPdf } from "@/lib/meetings/minutes-pdf";

/** Minutes as PDF, for members only: anyone else gets the same 404 as for a missing meeting. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string; meetingId: string }> }) {
  const actor = await currentActor();
  const { locale: raw, id, meetingId } = await params;
  const locale = toLocale(raw);
  const found = actor ? await findMeetingForActor(actor, id, meetingId) : null;
  if (!found) return notFoundText(locale);
  const pdf = await renderMinutesPdf(found, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="minnesanteckningar-${found.meeting.startsAt.toISOString().slice(0, 10)}.pdf"`,
      // Members' minutes: never kept by a shared cache, nor on the device after use.
      "Cache-Control": "private, no-store",
    },
  });
}
