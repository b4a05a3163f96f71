// The channel the SLA breach sweep (and later other senders) tells members through: an in-app
// notification per member (the bell), an email copy per member in their language, and a live
// signal so their open pages refetch the bell. All in the caller's transaction: rows, mail
// (workspace-mail outbox, sealed) and signal leave together on commit, or not at all.
// Only active members of the ticket's workspace are notified, whatever their role: a light agent
// who is the assignee gets it too. Member ids of another workspace are dropped, never an error.
import { appUrl } from "@/env";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { signalNewNotifications } from "@/server/live/notification-signal";
import { mailTranslator, pickLocale } from "@/server/mail/mail-texts";
import { queueWorkspaceMail, type WorkspaceMailContent } from "@/server/mail/workspace-mail";
import { parseInput } from "@/server/validate";
import { NotifyMembersInput, type NotificationKind, type SlaNotificationData } from "./notification.schemas";

export type NotifyMembersResult = { notified: string[] };

export async function notifyMembers(db: DbTx, raw: NotifyMembersInput, now: Date = new Date()): Promise<NotifyMembersResult> {
  const input = parseInput(NotifyMembersInput, raw);
  const { workspaceId } = input;
  const ticket = await db.ticket.findFirst({
    where: { id: input.ticketId, workspaceId },
    select: { id: true, number: true, subject: true, workspace: { select: { slug: true, name: true, defaultLocale: true, timeZone: true } } },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket in this workspace");
  const memberIds = [...new Set(input.memberIds)];
  if (memberIds.length === 0) return { notified: [] };
  const members = await db.member.findMany({
    where: { id: { in: memberIds }, workspaceId, deactivatedAt: null },
    select: { id: true, user: { select: { email: true, locale: true } } },
    orderBy: { id: "asc" },
  });
  if (members.length === 0) return { notified: [] };

  await db.notification.createMany({
    data: members.map((m) => ({ workspaceId, memberId: m.id, kind: input.kind, ticketId: ticket.id, data: input.data, createdAt: now })),
  });
  const url = `${appUrl().replace(/\/+$/, "")}/${ticket.workspace.slug}/tickets/${ticket.number}`;
  for (const m of members) {
    const locale = pickLocale(m.user.locale, ticket.workspace.defaultLocale);
    await queueWorkspaceMail(db, {
      workspaceId,
      kind: "AGENT_NOTIFICATION",
      to: m.user.email,
      locale,
      content: notificationMail(input.kind, input.data, { locale, now, url, number: ticket.number, subject: ticket.subject, workspace: ticket.workspace }),
      now,
    });
  }
  await signalNewNotifications(
    db,
    workspaceId,
    members.map((m) => m.id),
  );
  return { notified: members.map((m) => m.id) };
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
