import type { AgreementStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { messages } from "@/lib/i18n";

const tone: Record<AgreementStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_PREPARATION: "warning",
  ADOPTED: "info",
  ACTIVE: "success",
  EXPIRED: "neutral",
  REPLACED: "neutral",
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  return <Badge tone={tone[status]}>{messages().agreements.status[status]}</Badge>;
}
