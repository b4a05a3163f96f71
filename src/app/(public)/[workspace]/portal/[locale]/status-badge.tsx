// A ticket's status in plain words for the customer ("Open — we are working on it").
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/ui/badge";

const TONE = { OPEN: "brand", PENDING: "warning", CLOSED: "neutral" } as const satisfies Record<string, BadgeTone>;

export async function StatusBadge({ status }: { status: "OPEN" | "PENDING" | "CLOSED" }) {
  const t = await getTranslations("portal.status");
  return (
    <Badge tone={TONE[status]} className="self-start sm:self-auto">
      {t(status)}
    </Badge>
  );
}
