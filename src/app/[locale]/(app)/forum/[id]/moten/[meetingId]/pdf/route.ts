import { messages, toLocale } from "@/lib/i18n";
import { currentActor } from "@/lib/auth/current-actor";
import { findMeetingForActor } from "@/lib/forums/queries";
import { renderMinutesPdf } from "@/lib/meetings/minutes-pdf";

/** Minutes as PDF, for members only: anyone else gets the same 404 as for a missing meeting. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string; meetingId: string }> }) {
  const actor = await currentActor();
  const { id, meetingId } = await params;
  const found = actor ? await findMeetingForActor(actor, id, meetingId) : null;
  if (!found) return new Response(messages(toLocale((await params).locale)).errors.notFoundTitle, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await renderMinutesPdf(found, toLocale((await params).locale));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="minnesanteckningar-${found.meeting.startsAt.toISOString().slice(0, 10)}.pdf"`,
      // Members' minutes: never kept by a shared cache, nor on the device after use.
      "Cache-Control": "private, no-store",
    },
  });
}
