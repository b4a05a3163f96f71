// Everything the sender needs to send one claimed delivery, read in the claim's transaction: the
// message (only REPLY and AUTO_REPLY are ever sent), the mailbox it goes out through, its SMTP
// settings (password decrypted) and the mail itself. Our Message-ID and the thread headers are
// fixed here on the first attempt and stored on the Message, so every retry sends the same ids
// and the customer's answer, quoting them, threads back by References.
import { env } from "@/env";
import type { DbTx } from "@/server/db";
import type { MailSecurity } from "@/generated/prisma/enums";
import { renderAcknowledgement, storedTemplates } from "./auto-acknowledge-templates";
import { pickLocale } from "./mail-texts";
import { domainOf, replySubject, threadHeaders, ccRecipients, type OutgoingMailInput } from "./outgoing-mail";
import { ourMessageId, replyAddress, replyToken, shortReplyToken } from "./reply-token";
import { readBlob } from "@/server/storage/blob-store";
import { forwardingAddress, SMTP_SETTINGS_SELECT } from "@/server/mailboxes/mailbox.queries";
import { keyring, openSecret } from "./secret-box";
import { subjectWithNumber } from "./subject-number";

export type SmtpSettings = { mailboxId: string; host: string; port: number; security: MailSecurity; username: string | null; password: string | null };

export type PreparedMail =
  | { ok: true; ticketId: string; smtp: SmtpSettings; mail: OutgoingMailInput }
  /** Cannot be sent as things stand (no mailbox, no SMTP, not a reply): the delivery fails at once. */
  | { ok: false; ticketId: string; reason: string };

const MAILBOX_SELECT = {
  id: true,
  name: true,
  address: true,
  autoAcknowledgeTemplates: true,
  ...SMTP_SETTINGS_SELECT,
} as const;

/**
 * The mailbox a ticket's mail goes out through: the ticket's own (the one its mail came in by),
 * else the workspace's default, else the workspace's only mailbox; null when there is none to pick.
 */
export async function sendingMailbox(tx: DbTx, workspaceId: string, ticketMailboxId: string | null) {
  if (ticketMailboxId) {
    const own = await tx.mailbox.findFirst({ where: { id: ticketMailboxId, workspaceId }, select: MAILBOX_SELECT });
    if (own) return own;
  }
  const byDefault = await tx.mailbox.findFirst({ where: { workspaceId, isDefault: true }, select: MAILBOX_SELECT });
  if (byDefault) return byDefault;
  const all = await tx.mailbox.findMany({ where: { workspaceId }, select: MAILBOX_SELECT, take: 2 });
  return all.length === 1 ? all[0]! : null;
}

/** The mail's parent in the thread: the customer's last mail before it, else our last one. */
async function parentOf(tx: DbTx, workspaceId: string, ticketId: string, message: { id: string; createdAt: Date }) {
  const before = { workspaceId, ticketId, id: { not: message.id }, createdAt: { lte: message.createdAt }, emailMessageId: { not: null } };
  const select = { emailMessageId: true, emailReferences: true } as const;
  const orderBy = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const parent =
    (await tx.message.findFirst({ where: { ...before, kind: "INBOUND" }, select, orderBy })) ??
    (await tx.message.findFirst({ where: { ...before, kind: { in: ["REPLY", "AUTO_REPLY"] } }, select, orderBy }));
  return parent?.emailMessageId ? { messageId: parent.emailMessageId, references: parent.emailReferences } : null;
}

export async function prepareOutgoingMail(tx: DbTx, delivery: { workspaceId: string; messageId: string }, secret: string): Promise<PreparedMail | null> {
  const { workspaceId } = delivery;
  const message = await tx.message.findFirst({
    where: { id: delivery.messageId, workspaceId },
    select: {
      id: true,
      kind: true,
      text: true,
      createdAt: true,
      emailMessageId: true,
      emailInReplyTo: true,
      emailReferences: true,
      authorMember: { select: { user: { select: { name: true } } } },
      attachments: { where: { workspaceId }, select: { filename: true, contentType: true, blobId: true }, orderBy: { createdAt: "asc" } },
      ticket: {
        select: {
          id: true,
          number: true,
          subject: true,
          channel: true,
          ccEmails: true,
          mailboxId: true,
          customer: { select: { email: true, name: true, locale: true } },
          workspace: { select: { defaultLocale: true } },
        },
      },
    },
  });
  if (!message) return null;
  const { ticket } = message;
  // The second guard after the outbox itself: whatever wrote a delivery row, a note is never mailed.
  if (message.kind !== "REPLY" && message.kind !== "AUTO_REPLY") {
    return { ok: false, ticketId: ticket.id, reason: `Only replies are sent by mail; this message is ${message.kind.toLowerCase()}.` };
  }
  const mailbox = await sendingMailbox(tx, workspaceId, ticket.mailboxId);
  if (!mailbox) return { ok: false, ticketId: ticket.id, reason: "No mailbox to send from: add a mailbox with an SMTP server, or make one the default." };
  const smtp = await mailboxSmtp(mailbox);
  if (!smtp.ok) return { ok: false, ticketId: ticket.id, reason: smtp.reason };

  const token = replyToken(secret, workspaceId, ticket.id);
  let ids = { messageId: message.emailMessageId, inReplyTo: message.emailInReplyTo, references: message.emailReferences };
  if (!ids.messageId) {
    const thread = threadHeaders(await parentOf(tx, workspaceId, ticket.id, message));
    ids = { messageId: ourMessageId(token, domainOf(mailbox.address)).slice(1, -1), ...thread };
    await tx.message.update({
      where: { id: message.id, workspaceId },
      data: { emailMessageId: ids.messageId, emailInReplyTo: ids.inReplyTo, emailReferences: ids.references },
    });
  }

  const automatic = message.kind === "AUTO_REPLY";
  let subject: string;
  if (automatic) {
    // The acknowledgement's subject as it was written: same language and template as its text.
    const locale = pickLocale(ticket.customer.locale, ticket.workspace.defaultLocale);
    const rendered = renderAcknowledgement(locale, storedTemplates(mailbox.autoAcknowledgeTemplates), {
      ticketNumber: ticket.number,
      customerName: ticket.customer.name,
      customerEmail: ticket.customer.email,
      subject: ticket.subject,
    });
    subject = subjectWithNumber(rendered.subject, ticket.number);
  } else {
    subject = replySubject(ticket.subject, ticket.number, ticket.channel === "EMAIL");
  }
  const attachments = [];
  for (const a of message.attachments) attachments.push({ filename: a.filename, contentType: a.contentType, content: await readBlob(tx, workspaceId, a.blobId) });
  const own = await tx.mailbox.findMany({ where: { workspaceId }, select: { address: true, forwardingKey: true } });
  const ownAddresses = own.flatMap((m) => [m.address, forwardingAddress(m.forwardingKey)]);
  return {
    ok: true,
    ticketId: ticket.id,
    smtp: smtp.smtp,
    mail: {
      from: { name: (!automatic && message.authorMember?.user.name) || mailbox.smtpFromName || mailbox.name, address: mailbox.address },
      to: { name: ticket.customer.name, address: ticket.customer.email },
      // RFC 3834: an automatic answer goes to the sender alone.
      cc: automatic ? [] : ccRecipients(ticket.ccEmails, [...ownAddresses, ticket.customer.email]),
      subject,
      messageId: ids.messageId!,
      inReplyTo: ids.inReplyTo,
      references: ids.references,
      // The plus-token that fits the mailbox's local part in 64 octets, or none (reply-token.ts).
      replyTo: replyAddress(mailbox.address, token, shortReplyToken(secret, workspaceId, ticket.number)),
      text: message.text,
      automatic,
      attachments,
    },
  };
}

type SendingMailbox = NonNullable<Awaited<ReturnType<typeof sendingMailbox>>>;

/**
 * The SMTP server and login a mailbox sends with (password decrypted), or why it cannot send.
 * Shared by ticket mail and workspace mail (send-workspace-mail.ts).
 */
export async function mailboxSmtp(mailbox: SendingMailbox): Promise<{ ok: true; smtp: SmtpSettings } | { ok: false; reason: string }> {
  // In the embedded default a mailbox without an SMTP server sends to the local mail catcher, so a
  // new user sees replies arrive; anywhere else it is a failure an admin has to fix.
  const catcher = mailCatcher();
  if (!(mailbox.smtpHost && mailbox.smtpPort !== null && mailbox.smtpSecurity)) {
    if (!catcher) return { ok: false, reason: `The mailbox ${mailbox.address} has no SMTP server configured.` };
    return { ok: true, smtp: { mailboxId: mailbox.id, ...catcher, username: null, password: null } };
  }
  let password: string | null = null;
  if (mailbox.smtpPasswordEnc) {
    try {
      password = openSecret(mailbox.smtpPasswordEnc, await keyring());
    } catch {
      return { ok: false, reason: `The SMTP password of ${mailbox.address} cannot be decrypted with this server's encryption keys; enter it again.` };
    }
  }
  return { ok: true, smtp: { mailboxId: mailbox.id, host: mailbox.smtpHost, port: mailbox.smtpPort, security: mailbox.smtpSecurity, username: mailbox.smtpUsername, password } };
}

/** The embedded default's mail catcher (SHOPDESK_MAIL_CATCHER, set by the launcher), or null. */
function mailCatcher(): { host: string; port: number; security: "NONE" } | null {
  const at = env().SHOPDESK_MAIL_CATCHER;
  if (!at) return null;
  const i = at.lastIndexOf(":");
  return { host: at.slice(0, i), port: Number(at.slice(i + 1)), security: "NONE" };
}
