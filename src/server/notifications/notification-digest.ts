// The email digests of members' notifications (Notification.mailPending, written by
// notifyMembersOfMany with `mail: "digest"`): the SLA sweep calls this at the end of each run, so
// a member gets one mail per run however many tickets breached at once. One ticket: the mail of
// its most urgent notice, as it would have gone alone; several: the digest, most urgent first
// (breaches, then the nearest deadline), the first DIGEST_LINES listed and the rest counted,
// with a link to the inbox sorted by deadline. A run that dies before this step leaves the rows
// marked, and the next run mails them. One transaction per member: the rows are unmarked and the
// mail queued together, under a per-member lock so two runs never mail the same notices.
import type { Db, DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";
import { pickLocale } from "@/server/mail/mail-texts";
import { queueWorkspaceMail } from "@/server/mail/workspace-mail";
import { digestMail, DIGEST_LINES, inboxByDueUrl, notificationMail, ticketUrl, type DigestNotice } from "./notification-mail";
import { NotificationKindSchema, SlaNotificationData } from "./notification.schemas";

/** The first key of pg_try_advisory_xact_lock(int, int) for "mailing this member's digest". */
const DIGEST_LOCK = 0x5d16e5;

export type DigestResult = { mails: number; notifications: number };

/** Mails every member with pending notifications (of one workspace, given `workspaceId`). */
export async function mailNotificationDigests(db: Db, log: Logger, opts: { now?: Date; workspaceId?: string } = {}): Promise<DigestResult> {
  const now = opts.now ?? new Date();
  const only = opts.workspaceId ?? null;
  const pending = await db.$queryRaw<Array<{ memberId: string }>>`
    SELECT DISTINCT "memberId"::text AS "memberId" FROM "Notification"
     WHERE "mailPending" AND (${only}::uuid IS NULL OR "workspaceId" = ${only}::uuid)`;
  const result: DigestResult = { mails: 0, notifications: 0 };
  for (const { memberId } of pending) {
    const one = await db.$transaction((tx) => mailDigest(tx, memberId, now), { timeout: 60_000 });
    result.mails += one.mails;
    result.notifications += one.notifications;
  }
  if (result.notifications > 0) log.info({ ...result, members: pending.length }, "mailed notification digests");
  return result;
}

async function mailDigest(tx: DbTx, memberId: string, now: Date): Promise<DigestResult> {
  const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(${DIGEST_LOCK}::int, hashtext(${memberId})) AS "locked"`;
  // Another run is mailing this member's notices right now; what it misses, the next run mails.
  if (!lock?.locked) return { mails: 0, notifications: 0 };
  // Unmark and read in one statement: exactly the rows this mail covers, however many others
  // commit meanwhile. Per ticket, its most urgent notice; the total counts come along on each row.
  const rows = await tx.$queryRaw<Array<{ total: number; tickets: number; kind: string; data: unknown; number: number; subject: string }>>`
    WITH done AS (
      UPDATE "Notification" SET "mailPending" = false
       WHERE "memberId" = ${memberId}::uuid AND "mailPending"
      RETURNING "workspaceId", "ticketId", "kind", "data"
    ), urgent AS (
      SELECT DISTINCT ON ("ticketId") "workspaceId", "ticketId", "kind", "data" FROM done
       ORDER BY "ticketId", ("kind" = 'sla_breach') DESC, "data"->>'dueAt'
    )
    SELECT (SELECT count(*) FROM done)::int AS "total", (SELECT count(*) FROM urgent)::int AS "tickets",
           u."kind", u."data", t."number", t."subject"
      FROM urgent u JOIN "Ticket" t ON t."workspaceId" = u."workspaceId" AND t."id" = u."ticketId"
     ORDER BY (u."kind" = 'sla_breach') DESC, u."data"->>'dueAt', t."number"
     LIMIT ${DIGEST_LINES}`;
  if (rows.length === 0) return { mails: 0, notifications: 0 };
  const notifications = rows[0]!.total;
  const member = await tx.member.findUnique({
    where: { id: memberId },
    select: { deactivatedAt: true, user: { select: { email: true, locale: true } }, workspace: { select: { id: true, slug: true, name: true, defaultLocale: true, timeZone: true } } },
  });
  // A member deactivated since the notices were written gets no mail; the rows stay in the bell.
  if (!member || member.deactivatedAt) return { mails: 0, notifications };
  const notices = rows.flatMap((r): DigestNotice[] => {
    const kind = NotificationKindSchema.safeParse(r.kind);
    const data = SlaNotificationData.safeParse(r.data);
    return kind.success && data.success ? [{ kind: kind.data, data: data.data, number: r.number, subject: r.subject }] : [];
  });
  if (notices.length === 0) return { mails: 0, notifications };
  const { workspace } = member;
  const locale = pickLocale(member.user.locale, workspace.defaultLocale);
  const tickets = rows[0]!.tickets;
  const first = notices[0]!;
  const content =
    tickets === 1
      ? notificationMail(first.kind, first.data, { locale, now, url: ticketUrl(workspace.slug, first.number), number: first.number, subject: first.subject, workspace })
      : digestMail(notices, tickets, { locale, url: inboxByDueUrl(workspace.slug), workspace });
  await queueWorkspaceMail(tx, { workspaceId: workspace.id, kind: "AGENT_NOTIFICATION", to: member.user.email, locale, content, now });
  return { mails: 1, notifications };
}
