// Raw RFC 822 bytes -> the plain object the inbound pipeline threads and stores. Pure: no
// database, no storage. mailparser does the MIME work; normalize-charsets.ts first rewrites what
// it would decode wrongly (undeclared 8-bit text, raw legacy headers, UTF-7).

import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { simpleParser, type AddressObject, type EmailAddress, type ParsedMail as LibParsedMail } from "mailparser";
import { decodeWords, normalizeCharsets } from "./normalize-charsets";

export type MailAddress = { name: string; address: string };

export type ParsedAttachment = {
  /** As sent (RFC 2047/2231 decoded), or `attachment-<n>.<ext>` for a part sent without a name. */
  filename: string;
  contentType: string;
  content: Buffer;
  /** Without the angle brackets. */
  contentId: string | null;
  inline: boolean;
  sha256: string;
};

export type ParsedMail = {
  /** Without <>, null when missing or empty. Not unique: senders reuse and omit it. */
  messageId: string | null;
  inReplyTo: string | null;
  /** In order, de-duplicated, without <>. */
  references: string[];
  subject: string;
  date: Date | null;
  from: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  /** Plain text; derived from the HTML when the mail has only HTML. */
  text: string;
  /** The HTML as sent, `cid:` links kept: NOT sanitized (see mail-html.ts). */
  html: string | null;
  attachments: ParsedAttachment[];
  /** Lower-case names, every occurrence in order, unfolded and decoded. */
  headers: Record<string, string[]>;
};

export type MailParseReason = "too-large" | "timeout" | "malformed";

export class MailParseError extends Error {
  constructor(
    readonly reason: MailParseReason,
    message: string,
  ) {
    super(message);
    this.name = "MailParseError";
  }
}

export const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The ids of a Message-ID style header, without <>; bare tokens when a sender left out the brackets. */
export function messageIds(value: string | string[] | undefined | null): string[] {
  const joined = Array.isArray(value) ? value.join(" ") : (value ?? "");
  const bracketed = [...joined.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!.trim());
  const ids = bracketed.length ? bracketed : joined.split(/[\s,]+/);
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))];
}

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const flat: MailAddress[] = [];
  const walk = (list: EmailAddress[]) => {
    for (const entry of list) {
      if (entry.group) walk(entry.group);
      else if (entry.address) flat.push({ name: entry.name ?? "", address: entry.address.toLowerCase() });
    }
  };
  for (const obj of Array.isArray(value) ? value : value ? [value] : []) walk(obj.value);
  return flat;
}

function headerMap(mail: LibParsedMail): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key, line } of mail.headerLines) {
    const name = key.toLowerCase();
    if (!name) continue;
    const value = line.slice(line.indexOf(":") + 1).replace(/\r?\n(?=[ \t])/g, "").trim();
    (out[name] ??= []).push(decodeWords(value));
  }
  return out;
}

// Parts sent without a name (DSN reports, returned headers, inline images) still need one to be
// listed and downloaded.
const EXTENSIONS: Record<string, string> = {
  "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "application/pdf": "pdf",
  "text/plain": "txt", "text/html": "html", "text/calendar": "ics", "message/rfc822": "eml",
  "message/delivery-status": "txt", "text/rfc822-headers": "txt",
};

function fallbackName(contentType: string, index: number): string {
  return `attachment-${index + 1}.${EXTENSIONS[contentType.toLowerCase()] ?? "bin"}`;
}

function toParsed(mail: LibParsedMail): ParsedMail {
  const headers = headerMap(mail);
  const [messageId = null] = messageIds(headers["message-id"]?.[0]);
  const [inReplyTo = null] = messageIds(headers["in-reply-to"]?.[0]);
  const date = headers["date"] && mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  return {
    messageId,
    inReplyTo,
    references: messageIds(headers["references"]),
    subject: mail.subject ?? "",
    date,
    from: addresses(mail.from)[0] ?? null,
    replyTo: addresses(mail.replyTo),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    text: (mail.text ?? "").replace(/\r\n/g, "\n"),
    html: typeof mail.html === "string" && mail.html.length > 0 ? mail.html : null,
    attachments: mail.attachments.map((a, i) => ({
      filename: a.filename?.trim() || fallbackName(a.contentType, i),
      contentType: a.contentType.toLowerCase(),
      content: a.content,
      contentId: a.cid ? a.cid.replace(/^<|>$/g, "") : null,
      inline: a.contentDisposition === "inline" || (!a.contentDisposition && Boolean(a.cid) && a.related === true),
      sha256: createHash("sha256").update(a.content).digest("hex"),
    })),
    headers,
  };
}

function* chunks(buf: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let at = 0; at < buf.length; at += size) yield buf.subarray(at, at + size);
}

/**
 * Parses one message. Throws MailParseError when it is larger than `maxBytes` (default 40 MB),
 * takes longer than `timeoutMs` (default 30 s) or mailparser gives up on it; a truncated or
 * malformed message that mailparser can still read is returned with what it holds.
 */
export async function parseMail(raw: Buffer, limits: { maxBytes?: number; timeoutMs?: number } = {}): Promise<ParsedMail> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (raw.length > maxBytes) throw new MailParseError("too-large", `message of ${raw.length} bytes exceeds ${maxBytes}`);

  // The bytes are fed in chunks so the time cap can stop the parser itself (destroying the
  // source makes simpleParser destroy its parser and reject), not just stop waiting for it.
  let normalized = raw;
  try {
    normalized = normalizeCharsets(raw);
  } catch {
    // A fault in our rewrite must not cost the message: mailparser gets the bytes as they came.
  }
  const source = Readable.from(chunks(normalized));
  const timer = setTimeout(
    () => source.destroy(new MailParseError("timeout", `parsing took longer than ${timeoutMs} ms`)),
    timeoutMs,
  );
  try {
    const mail = await simpleParser(source, {
      keepCidLinks: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      keepDeliveryStatus: true,
    });
    return toParsed(mail);
  } catch (err) {
    if (err instanceof MailParseError) throw err;
    throw new MailParseError("malformed", err instanceof Error ? err.message : String(err));
  } finally {
    clearTimeout(timer);
  }
}
