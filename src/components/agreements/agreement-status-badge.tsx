import type { AgreementStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { messages } from "@/lib/i18n";
import { usePageLocale } from "@/lib/i18n/use-locale";

const tone: Record<AgreementStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_PREPARATION: "warning",
  ADOPTED: "info",
  ACTIVE: "success",
  EXPIRED: "neutral",
  REPLACED: "neutral",
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const locale = usePageLocale();
  return <Badge tone={tone[status]}>{messages(locale).agreements.status[status]}</Badge>;
}
