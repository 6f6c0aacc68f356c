import type { PromiseStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";
import { promisePhase, type PromisePhase } from "@/lib/promises/publishing";

const tone: Record<PromisePhase, BadgeTone> = {
  DRAFT: "neutral",
  UPCOMING: "neutral",
  AWAITING_APPROVAL: "warning",
  PUBLISHED: "info",
  COMPLETED: "success",
};

/** The promise's state in words; one whose period has not begun reads as upcoming. */
export function PromiseStatusBadge({ status, periodStart }: { status: PromiseStatus; periodStart: Date | string }) {
  const locale = usePageLocale();
  const phase = promisePhase(status, periodStart);
  return <Badge tone={tone[phase]}>{messages(locale).promise.statusLabel[phase]}</Badge>;
}
