// What a mail of ours looks like, as pure functions of what the sender read from the database:
// the nodemailer message (From, To, Cc, Subject with `[#n]`, our Message-ID, In-Reply-To and
// References to the thread, Reply-To with the reply token, text and HTML bodies, and for automatic
// mail the RFC 3834 headers), and how an SMTP failure is judged (retry or give up) and timed.
import type Mail from "nodemailer/lib/mailer";
import { escapeHtml } from "@/lib/escape-html";
import { stripReplyPrefixes, subjectWithNumber } from "./subject-number";

/** Minutes to wait after the 1st, 2nd... failed attempt: about ten hours in all. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360] as const;
/** Attempts in all: the first and one after each delay; when the last fails, so does the delivery. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/** When to try again after `attempts` failed attempts, or null when that was the last one. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const minutes = RETRY_DELAYS_MINUTES[Math.max(0, attempts - 1)]!;
  return new Date(now.getTime() + minutes * 60_000);
}

/** The domain of an address, lower-case (`Support@Shop.Example` -> `shop.example`). */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

/** Subject of a reply: the ticket's subject with `[#n]`, "Re: " when the thread began as a customer's mail. */
export function replySubject(ticketSubject: string, number: number, threadFromMail: boolean): string {
  const base = subjectWithNumber(oneLine(stripReplyPrefixes(ticketSubject)), number);
  return threadFromMail ? `Re: ${base}` : base;
}

/** A header value on one line: CR/LF and other controls become spaces. */
export function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}

/** A Message-ID without brackets (how we store them) in brackets (how headers carry them). */
const bracket = (id: string) => `<${id.replace(/^<|>$/g, "")}>`;

/**
 * In-Reply-To and References of a mail answering `parent` (the customer's last mail, or our last
 * one when the customer never wrote by mail): In-Reply-To is the parent, References the parent's
 * References followed by the parent, the oldest kept first and the chain bounded.
 */
export function threadHeaders(parent: { messageId: string; references: string[] } | null, max = 20): { inReplyTo: string | null; references: string[] } {
  if (!parent) return { inReplyTo: null, references: [] };
  const chain = [...new Set([...parent.references, parent.messageId])];
  // Keep the thread's first message (clients group by it) and the newest ones.
  const kept = chain.length > max ? [chain[0]!, ...chain.slice(chain.length - (max - 1))] : chain;
  return { inReplyTo: parent.messageId, references: kept };
}

/** An address without its +tag (`support+t-abc@shop.example` -> `support@shop.example`), lower-case. */
function untagged(address: string): string {
  const at = address.lastIndexOf("@");
  return at <= 0 ? address.toLowerCase() : `${address.slice(0, at).replace(/\+.*$/, "")}${address.slice(at)}`.toLowerCase();
}

/**
 * Cc of a reply: the ticket's Cc without our own addresses (also their +tagged forms, such as our
 * reply-token address a client copied), the customer and repeats, lower-case.
 */
export function ccRecipients(ccEmails: readonly string[], exclude: readonly string[]): string[] {
  const skip = new Set(exclude.map(untagged));
  const out: string[] = [];
  for (const raw of ccEmails) {
    const address = raw.trim().toLowerCase();
    if (!address || skip.has(address) || skip.has(untagged(address)) || out.includes(address)) continue;
    out.push(address);
  }
  return out;
}

/** The plain text as a small HTML document: escaped, line breaks kept, direction left to the text. */
export function htmlBody(text: string): string {
  const escaped = escapeHtml(text).replace(/\r?\n/g, "<br>\n");
  return `<!doctype html><html><body><div dir="auto" style="white-space:pre-wrap">${escaped}</div></body></html>`;
}

export type OutgoingMailInput = {
  from: { name: string; address: string };
  to: { name: string | null; address: string };
  cc: string[];
  subject: string;
  /** Without brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  replyTo: string;
  text: string;
  /** An automatic mail (acknowledgement): RFC 3834 headers so other robots do not answer it. */
  automatic: boolean;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
};

/** The nodemailer message. Human replies carry no Auto-Submitted header. */
export function buildMailOptions(m: OutgoingMailInput): Mail.Options {
  return {
    from: { name: oneLine(m.from.name), address: m.from.address },
    to: m.to.name ? { name: oneLine(m.to.name), address: m.to.address } : m.to.address,
    ...(m.cc.length > 0 ? { cc: m.cc } : {}),
    replyTo: m.replyTo,
    subject: oneLine(m.subject),
    messageId: bracket(m.messageId),
    ...(m.inReplyTo ? { inReplyTo: bracket(m.inReplyTo) } : {}),
    ...(m.references.length > 0 ? { references: m.references.map(bracket) } : {}),
    text: m.text,
    html: htmlBody(m.text),
    headers: m.automatic ? { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" } : {},
    attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

type SmtpErr = { code?: unknown; responseCode?: unknown; message?: unknown; response?: unknown };

/**
 * A permanent refusal (an SMTP 5xx answer, such as "550 no such user"): retrying cannot help, so
 * the delivery fails at once. A failed login (also 5xx) is the mailbox's settings, not the
 * message: it is retried, so replies go out once an admin fixes the password. Anything else
 * (4xx answers, timeouts, refused connections) is retried with back-off.
 */
export function isPermanentSmtpFailure(e: unknown): boolean {
  const err = (e ?? {}) as SmtpErr;
  if (err.code === "EAUTH") return false;
  return typeof err.responseCode === "number" && err.responseCode >= 500 && err.responseCode < 600;
}

/** The server's words for an agent (one line, bounded); never the credentials we sent. */
export function smtpFailureText(e: unknown): string {
  const err = (e ?? {}) as SmtpErr;
  const message = typeof err.message === "string" ? err.message : "";
  const response = typeof err.response === "string" && !message.includes(err.response) ? err.response : "";
  return ([message, response].filter(Boolean).join(": ") || "Sending failed").replace(/\s+/g, " ").slice(0, 500);
}
