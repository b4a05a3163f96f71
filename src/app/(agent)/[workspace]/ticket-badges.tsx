import { Badge, type BadgeTone } from "@/ui/badge";

const STATUS_TONE: Record<string, BadgeTone> = { OPEN: "brand", PENDING: "warning", CLOSED: "neutral" };
const PRIORITY_TONE: Record<string, BadgeTone> = { LOW: "neutral", NORMAL: "neutral", HIGH: "warning", URGENT: "danger" };

export function TicketStatusBadge({ status, label }: { status: string; label: string }) {
  return <Badge tone={STATUS_TONE[status] ?? "neutral"}>{label}</Badge>;
}

/** Normal priority is the default and is not shown, to keep lists quiet. */
export function TicketPriorityBadge({ priority, label, always = false }: { priority: string; label: string; always?: boolean }) {
  if (priority === "NORMAL" && !always) return null;
  return <Badge tone={PRIORITY_TONE[priority] ?? "neutral"}>{label}</Badge>;
}
