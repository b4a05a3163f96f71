// The channel the SLA breach sweep (and later other senders) tells members through: an in-app
// notification per member (the bell), an email copy per member in their language, and a live
// signal so their open pages refetch the bell. All in the caller's transaction: rows, mail
// (workspace-mail outbox, sealed) and signal leave together on commit, or not at all.
// With `mail: "digest"` (the SLA sweep) the email copy is not queued here: the rows wait, marked,
// for the member's digest (notification-digest.ts), one mail however many notices a run had.
// Only active members of the ticket's workspace are notified, whatever their role: a light agent
// who is the assignee gets it too. Member ids of another workspace are dropped, never an error.
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { signalNewNotifications } from "@/server/live/notification-signal";
import { pickLocale } from "@/server/mail/mail-texts";
import { queueWorkspaceMails, type QueuedWorkspaceMail } from "@/server/mail/workspace-mail";
import { parseInput } from "@/server/validate";
import { notificationMail, ticketUrl } from "./notification-mail";
import { NotifyMembersInput } from "./notification.schemas";

export type NotifyMembersResult = { notified: string[] };
/** `mail`: "now" queues each email copy with its row; "digest" leaves it to the member's next digest. */
export type NotifyOptions = { now?: Date; mail?: "now" | "digest" };

export async function notifyMembers(db: DbTx, raw: NotifyMembersInput, now: Date = new Date()): Promise<NotifyMembersResult> {
  const [result] = await notifyMembersOfMany(db, [raw], { now });
  return result!;
}

/**
 * Several notifications of one workspace at once (the SLA sweep's batch): each input as
 * notifyMembers takes it, written with a statement per table rather than per notification.
 * NOT_FOUND when any ticket is not the workspace's; VALIDATION when the inputs span workspaces.
 */
export async function notifyMembersOfMany(db: DbTx, raws: readonly NotifyMembersInput[], opts: NotifyOptions = {}): Promise<NotifyMembersResult[]> {
  const now = opts.now ?? new Date();
  const digest = opts.mail === "digest";
  const inputs = raws.map((raw) => parseInput(NotifyMembersInput, raw));
  if (inputs.length === 0) return [];
  const workspaceId = inputs[0]!.workspaceId;
  if (inputs.some((i) => i.workspaceId !== workspaceId)) throw new AppError("VALIDATION", "Notifications of one workspace at a time");
  // One after the other: `db` is the caller's transaction, whose one connection takes one query at a time.
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { slug: true, name: true, defaultLocale: true, timeZone: true } });
  const tickets = await db.ticket.findMany({ where: { workspaceId, id: { in: [...new Set(inputs.map((i) => i.ticketId))] } }, select: { id: true, number: true, subject: true } });
  const members = await db.member.findMany({
    where: { id: { in: [...new Set(inputs.flatMap((i) => i.memberIds))] }, workspaceId, deactivatedAt: null },
    select: { id: true, user: { select: { email: true, locale: true } } },
    orderBy: { id: "asc" },
  });
  const ticketById = new Map(tickets.map((t) => [t.id, t]));
  if (inputs.some((i) => !ticketById.has(i.ticketId))) throw new AppError("NOT_FOUND", "No such ticket in this workspace");
  const memberById = new Map(members.map((m) => [m.id, m]));

  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const mails: QueuedWorkspaceMail[] = [];
  const results = inputs.map((input) => {
    const ticket = ticketById.get(input.ticketId)!;
    const notified = [...new Set(input.memberIds)].flatMap((id) => (memberById.has(id) ? [memberById.get(id)!] : []));
    const url = ticketUrl(workspace.slug, ticket.number);
    for (const m of notified) {
      notifications.push({ workspaceId, memberId: m.id, kind: input.kind, ticketId: ticket.id, data: input.data, createdAt: now, mailPending: digest });
      if (digest) continue;
      const locale = pickLocale(m.user.locale, workspace.defaultLocale);
      mails.push({
        workspaceId,
        kind: "AGENT_NOTIFICATION",
        to: m.user.email,
        locale,
        content: notificationMail(input.kind, input.data, { locale, now, url, number: ticket.number, subject: ticket.subject, workspace }),
        now,
      });
    }
    return { notified: notified.map((m) => m.id) };
  });
  if (notifications.length === 0) return results;
  await db.notification.createMany({ data: notifications });
  await queueWorkspaceMails(db, mails);
  await signalNewNotifications(db, workspaceId, [...new Set(notifications.map((n) => n.memberId))]);
  return results;
}
