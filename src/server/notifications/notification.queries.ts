// The bell in the agent header: the signed-in member's unread count and latest notifications,
// each with its ticket's number and subject. Only the caller's own, only in this workspace;
// API tokens and the system have no bell.
import { requireRole, type Ctx } from "@/server/context";
import { NotificationKindSchema, SlaNotificationData, type NotificationKind, type SlaNotificationData as SlaData } from "./notification.schemas";

export const LATEST_NOTIFICATIONS = 20;

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  data: SlaData;
  createdAt: Date;
  read: boolean;
  ticket: { number: number; subject: string };
};

export type NotificationSummary = { unread: number; latest: NotificationItem[] };

export async function getNotificationSummary(ctx: Ctx): Promise<NotificationSummary> {
  requireRole(ctx, "LIGHT_AGENT");
  if (ctx.actor.type !== "member") return { unread: 0, latest: [] };
  const where = { workspaceId: ctx.workspace.id, memberId: ctx.actor.memberId };
  const [unread, rows] = await Promise.all([
    ctx.db.notification.count({ where: { ...where, readAt: null } }),
    ctx.db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LATEST_NOTIFICATIONS,
      select: { id: true, kind: true, data: true, createdAt: true, readAt: true, ticket: { select: { number: true, subject: true } } },
    }),
  ]);
  const latest: NotificationItem[] = [];
  for (const row of rows) {
    // `kind` and `data` are checked again on read: a row written by an older or newer release is skipped, not shown wrong.
    const kind = NotificationKindSchema.safeParse(row.kind);
    const data = SlaNotificationData.safeParse(row.data);
    if (!kind.success || !data.success) {
      ctx.log.warn({ notificationId: row.id }, "notification with an unknown kind or data skipped");
      continue;
    }
    latest.push({ id: row.id, kind: kind.data, data: data.data, createdAt: row.createdAt, read: row.readAt !== null, ticket: row.ticket });
  }
  return { unread, latest };
}
