// In-app notifications (the bell in the agent header): their kinds, the details each kind
// carries (validated on write by notifyMembers and again on read, since `data` is JSON in the
// database), and the inputs of the use cases.
import { z } from "zod";

export const NOTIFICATION_KINDS = ["sla_warning", "sla_breach"] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** An instant as the sweep hands it (a Date) or as JSON keeps it (ISO 8601), stored as ISO. */
const Instant = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((v, c) => {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) {
    c.addIssue({ code: "custom", message: "is not a valid instant" });
    return z.NEVER;
  }
  return d.toISOString();
});

/** sla_warning and sla_breach: which clock, its deadline, and for a warning how long before it was sent. */
export const SlaNotificationData = z.object({
  metric: z.enum(["first_response", "next_response", "resolution"]),
  dueAt: Instant,
  leadMinutes: z.int().min(1).max(7 * 24 * 60).optional(),
});
export type SlaNotificationData = z.output<typeof SlaNotificationData>;

export const NotifyMembersInput = z.object({
  workspaceId: z.uuid(),
  memberIds: z.array(z.uuid()).max(1000),
  kind: NotificationKindSchema,
  ticketId: z.uuid(),
  data: SlaNotificationData,
});
export type NotifyMembersInput = z.input<typeof NotifyMembersInput>;

/** Mark these of the caller's notifications read; none given: all of them. */
export const MarkNotificationsReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(100).optional() });
export type MarkNotificationsReadInput = z.input<typeof MarkNotificationsReadInput>;
