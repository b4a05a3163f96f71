// Is this mail written by a machine? Used both ways for loop protection (RFC 3834): an
// automatic mail never gets an automatic answer from us, and a bounce is attached to the message
// of ours that failed instead of opening a ticket.
import type { ParsedMail } from "./parse-mail";
import { messageIds } from "./parse-mail";

export type AutomaticVerdict = {
  automatic: boolean;
  bounce: boolean;
  /** Which signal decided, e.g. "auto-submitted", "precedence", "list-id", "no-reply-sender", "delivery-status". */
  reason: string | null;
  /** For a bounce: the Message-ID (without <>) of the message that could not be delivered. */
  bouncedMessageId: string | null;
  /** For a bounce: the remote server's diagnostic or the DSN status, for the agent to read. */
  bounceDiagnostic: string | null;
};

const first = (mail: ParsedMail, name: string) => mail.headers[name]?.[0]?.trim() ?? null;

// Local parts of senders that never read replies. `postmaster` and `mailer-daemon` send reports.
const NO_REPLY = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply)(?:[-+._].*)?$/i;
const DAEMON = /^mailer[-_]?daemon$/i;
const POSTMASTER = /^postmaster$/i;

/** Header fields of a returned message or a DSN block, as lower-case name -> first value. */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (m && !fields.has(m[1]!.toLowerCase())) fields.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return fields;
}

function bounceDetails(mail: ParsedMail): { bouncedMessageId: string | null; bounceDiagnostic: string | null } {
  let bouncedMessageId: string | null = null;
  let bounceDiagnostic: string | null = null;
  for (const part of mail.attachments) {
    const text = part.content.toString("utf8");
    if (part.contentType === "message/delivery-status") {
      const fields = fieldsOf(text);
      bouncedMessageId ??= messageIds(fields.get("original-message-id") ?? fields.get("x-original-message-id"))[0] ?? null;
      bounceDiagnostic ??= fields.get("diagnostic-code") ?? fields.get("status") ?? null;
    } else if (part.contentType === "message/rfc822" || part.contentType === "text/rfc822-headers") {
      const headEnd = text.search(/\r?\n\r?\n/);
      bouncedMessageId ??= messageIds(fieldsOf(headEnd === -1 ? text : text.slice(0, headEnd)).get("message-id"))[0] ?? null;
    }
  }
  // Bounces without a DSN (qmail, old Exchange) quote the returned headers in the text.
  if (!bouncedMessageId) {
    const quoted = /^\s*Message-ID:\s*(<[^>]+>)/im.exec(mail.text);
    bouncedMessageId = quoted ? (messageIds(quoted[1])[0] ?? null) : null;
  }
  return { bouncedMessageId, bounceDiagnostic };
}

function automaticReason(mail: ParsedMail): string | null {
  const autoSubmitted = first(mail, "auto-submitted");
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) return "auto-submitted";
  const precedence = first(mail, "precedence");
  if (precedence && /^(?:bulk|junk|list|auto_reply)\b/i.test(precedence)) return "precedence";
  if (mail.headers["x-autoreply"] || mail.headers["x-autorespond"]) return "x-autoreply";
  const suppress = first(mail, "x-auto-response-suppress");
  if (suppress && /\b(?:all|autoreply)\b/i.test(suppress)) return "x-auto-response-suppress";
  if (mail.headers["list-id"]) return "list-id";
  if (mail.headers["list-unsubscribe"]) return "list-unsubscribe";
  const local = mail.from?.address.split("@")[0] ?? "";
  if (DAEMON.test(local)) return "mailer-daemon-sender";
  if (POSTMASTER.test(local)) return "postmaster-sender";
  if (NO_REPLY.test(local)) return "no-reply-sender";
  return null;
}

export function classifyAutomatic(mail: ParsedMail): AutomaticVerdict {
  const contentType = first(mail, "content-type") ?? "";
  const dsn = /^multipart\/report\b/i.test(contentType) && /report-type\s*=\s*"?delivery-status/i.test(contentType);
  const daemon = DAEMON.test(mail.from?.address.split("@")[0] ?? "");
  if (dsn || daemon) {
    return { automatic: true, bounce: true, reason: dsn ? "delivery-status" : "mailer-daemon-sender", ...bounceDetails(mail) };
  }
  const reason = automaticReason(mail);
  return { automatic: reason !== null, bounce: false, reason, bouncedMessageId: null, bounceDiagnostic: null };
}
