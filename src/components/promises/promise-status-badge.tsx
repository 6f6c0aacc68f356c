import type { PromiseStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { messages } from "@/lib/i18n";

const tone: Record<PromiseStatus, BadgeTone> = {
  DRAFT: "neutral",
  AWAITING_APPROVAL: "warning",
  PUBLISHED: "info",
  COMPLETED: "success",
};

export function PromiseStatusBadge({ status }: { status: PromiseStatus }) {
  return <Badge tone={tone[status]}>{messages().promise.statusLabel[status]}</Badge>;
}
