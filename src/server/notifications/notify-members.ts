// The channel the SLA breach sweep (and later other senders) tells members through: an in-app
// notification per member (the bell), an email copy per member in their language, and a live
// signal so their open pages refetch the bell. All in the caller's transaction: rows, mail
// (workspace-mail outbox, sealed) and signal leave together on commit, or not at all.
// Only active members of the ticket's workspace are notified, whatever their role: a light agent
// who is the assignee gets it too. Member ids of another workspace are dropped, never an error.
import { appUrl } from "@/env";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { signalNewNotifications } from "@/server/live/notification-signal";
import { mailTranslator, pickLocale } from "@/server/mail/mail-texts";
import { queueWorkspaceMails, type QueuedWorkspaceMail, type WorkspaceMailContent } from "@/server/mail/workspace-mail";
import { parseInput } from "@/server/validate";
import { NotifyMembersInput, type NotificationKind, type SlaNotificationData } from "./notification.schemas";

export type NotifyMembersResult = { notified: string[] };

export async function notifyMembers(db: DbTx, raw: NotifyMembersInput, now: Date = new Date()): Promise<NotifyMembersResult> {
  const [result] = await notifyMembersOfMany(db, [raw], now);
  return result!;
}

/**
 * Several notifications of one workspace at once (the SLA sweep's batch): each input as
 * notifyMembers takes it, written with a statement per table rather than per notification.
 * NOT_FOUND when any ticket is not the workspace's; VALIDATION when the inputs span workspaces.
 */
export async function notifyMembersOfMany(db: DbTx, raws: readonly NotifyMembersInput[], now: Date = new Date()): Promise<NotifyMembersResult[]> {
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

  const base = appUrl().replace(/\/+$/, "");
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const mails: QueuedWorkspaceMail[] = [];
  const results = inputs.map((input) => {
    const ticket = ticketById.get(input.ticketId)!;
    const notified = [...new Set(input.memberIds)].flatMap((id) => (memberById.has(id) ? [memberById.get(id)!] : []));
    const url = `${base}/${workspace.slug}/tickets/${ticket.number}`;
    for (const m of notified) {
      notifications.push({ workspaceId, memberId: m.id, kind: input.kind, ticketId: ticket.id, data: input.data, createdAt: now });
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

type MailContext = {
  locale: ReturnType<typeof pickLocale>;
  now: Date;
  url: string;
  number: number;
  subject: string;
  workspace: { name: string; timeZone: string };
};

/** The mail's subject and text in the member's language; the deadline in the workspace's time zone. */
export function notificationMail(kind: NotificationKind, data: SlaNotificationData, c: MailContext): WorkspaceMailContent {
  const t = mailTranslator(c.locale);
  const dueAt = new Date(data.dueAt);
  const due = new Intl.DateTimeFormat(c.locale, { dateStyle: "medium", timeStyle: "short", timeZone: c.workspace.timeZone }).format(dueAt);
  const values = {
    number: c.number,
    // One line: a subject is shown inside a sentence (and a mail subject must stay one line).
    subject: c.subject.replace(/\s+/g, " ").trim(),
    metric: t(`agentNotification.metric.${data.metric}`),
    due,
    timeZone: c.workspace.timeZone,
    url: c.url,
    workspace: c.workspace.name,
    minutes: data.leadMinutes ?? Math.max(1, Math.ceil((dueAt.getTime() - c.now.getTime()) / 60_000)),
  };
  const key = kind === "sla_warning" ? "slaWarning" : "slaBreach";
  return { subject: t(`agentNotification.${key}.subject`, values), text: t(`agentNotification.${key}.body`, values) };
}
